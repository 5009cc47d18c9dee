#include "directorylisting.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <dirent.h>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace yard::routing {

namespace {

// A listing is a convenience page, not a way to make the worker walk a huge folder.
constexpr std::size_t kMaxEntries = 10000;

struct Entry {
    QByteArray name;
    bool directory = false;
    qint64 size = 0;
    qint64 mtime = 0; // seconds since the epoch
};

void appendEscaped(QByteArray &out, QByteArrayView text) {
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
}

struct DirCloser {
    void operator()(DIR *dir) const { closedir(dir); }
};

bool readEntries(int dirFd, std::vector<Entry> &entries, bool &truncated) {
    // fdopendir takes ownership of its descriptor, so give it a fresh one on the same directory.
    const int fd = openat(dirFd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    std::unique_ptr<DIR, DirCloser> dir(fdopendir(fd));
    if (!dir) {
        close(fd);
        return false;
    }
    while (const dirent *e = readdir(dir.get())) {
        if (e->d_name[0] == '.')
            continue; // ".", ".." and hidden files, which serve() refuses anyway
        if (entries.size() == kMaxEntries) {
            truncated = true;
            break;
        }
        struct stat st {};
        // Follow symlinks so a link to a folder lists as a folder; a dangling link lists as itself.
        if (fstatat(dirfd(dir.get()), e->d_name, &st, 0) != 0 &&
            fstatat(dirfd(dir.get()), e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        entries.push_back({QByteArray(e->d_name), S_ISDIR(st.st_mode), qint64(st.st_size),
                           qint64(st.st_mtim.tv_sec)});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.directory != b.directory ? a.directory : a.name < b.name;
    });
    return true;
}

void appendRow(QByteArray &html, const Entry &entry) {
    // toPercentEncoding keeps only unreserved characters (RFC 3986 §2.3), so the href is also
    // HTML-safe as is.
    html += "<tr><td><a href=\"";
    html += entry.name.toPercentEncoding();
    html += entry.directory ? "/\">" : "\">";
    appendEscaped(html, entry.name);
    html += entry.directory ? "/</a></td><td>-</td><td>" : "</a></td><td>";
    if (!entry.directory) {
        html += QByteArray::number(entry.size);
        html += "</td><td>";
    }
    const std::time_t t = std::time_t(entry.mtime);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char date[32];
    const int n =
        std::snprintf(date, sizeof date, "%04d-%02d-%02d %02d:%02d UTC", tm.tm_year + 1900,
                      tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min);
    html += QByteArrayView(date, n);
    html += "</td></tr>\n";
}

} // namespace

bool renderDirectoryListing(int dirFd, QByteArrayView title, bool showParent, QByteArray &html) {
    std::vector<Entry> entries;
    bool truncated = false;
    if (!readEntries(dirFd, entries, truncated))
        return false;
    html.clear();
    html += "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Index of ";
    appendEscaped(html, title);
    html += "</title><style>body{font-family:sans-serif}td{padding:0 1em}</style></head>\n"
            "<body><h1>Index of ";
    appendEscaped(html, title);
    html += "</h1>\n<table>\n<tr><th>Name</th><th>Size</th><th>Modified</th></tr>\n";
    if (showParent)
        html += "<tr><td><a href=\"../\">../</a></td><td></td><td></td></tr>\n";
    for (const Entry &entry : entries)
        appendRow(html, entry);
    html += "</table>\n";
    if (truncated)
        html += "<p>Only the first 10000 entries are shown.</p>\n";
    html += "</body></html>\n";
    return true;
}

} // namespace yard::routing
