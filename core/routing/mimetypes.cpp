#include "mimetypes.h"

#include <algorithm>
#include <string_view>
#include <vector>

namespace yard::routing {

namespace {

struct Entry {
    std::string_view extension; // lower case, without the dot
    MimeType mime;
};

constexpr bool kText = true; // compressible
constexpr bool kBinary = false;

std::vector<Entry> buildTable() {
    // Types follow the IANA registry; JavaScript is text/javascript (RFC 9239 §6).
    std::vector<Entry> table{
        {"avif", {QByteArrayLiteral("image/avif"), kBinary}},
        {"bmp", {QByteArrayLiteral("image/bmp"), kText}},
        {"cjs", {QByteArrayLiteral("text/javascript; charset=utf-8"), kText}},
        {"css", {QByteArrayLiteral("text/css; charset=utf-8"), kText}},
        {"csv", {QByteArrayLiteral("text/csv; charset=utf-8"), kText}},
        {"eot", {QByteArrayLiteral("application/vnd.ms-fontobject"), kText}},
        {"flac", {QByteArrayLiteral("audio/flac"), kBinary}},
        {"gif", {QByteArrayLiteral("image/gif"), kBinary}},
        {"gz", {QByteArrayLiteral("application/gzip"), kBinary}},
        {"htm", {QByteArrayLiteral("text/html; charset=utf-8"), kText}},
        {"html", {QByteArrayLiteral("text/html; charset=utf-8"), kText}},
        {"ico", {QByteArrayLiteral("image/x-icon"), kText}},
        {"jpeg", {QByteArrayLiteral("image/jpeg"), kBinary}},
        {"jpg", {QByteArrayLiteral("image/jpeg"), kBinary}},
        {"js", {QByteArrayLiteral("text/javascript; charset=utf-8"), kText}},
        {"json", {QByteArrayLiteral("application/json"), kText}},
        {"jsonld", {QByteArrayLiteral("application/ld+json"), kText}},
        {"m4a", {QByteArrayLiteral("audio/mp4"), kBinary}},
        {"map", {QByteArrayLiteral("application/json"), kText}},
        {"md", {QByteArrayLiteral("text/markdown; charset=utf-8"), kText}},
        {"mjs", {QByteArrayLiteral("text/javascript; charset=utf-8"), kText}},
        {"mp3", {QByteArrayLiteral("audio/mpeg"), kBinary}},
        {"mp4", {QByteArrayLiteral("video/mp4"), kBinary}},
        {"oga", {QByteArrayLiteral("audio/ogg"), kBinary}},
        {"ogg", {QByteArrayLiteral("audio/ogg"), kBinary}},
        {"ogv", {QByteArrayLiteral("video/ogg"), kBinary}},
        {"otf", {QByteArrayLiteral("font/otf"), kText}},
        {"pdf", {QByteArrayLiteral("application/pdf"), kBinary}},
        {"png", {QByteArrayLiteral("image/png"), kBinary}},
        {"svg", {QByteArrayLiteral("image/svg+xml"), kText}},
        {"tar", {QByteArrayLiteral("application/x-tar"), kBinary}},
        {"ttf", {QByteArrayLiteral("font/ttf"), kText}},
        {"txt", {QByteArrayLiteral("text/plain; charset=utf-8"), kText}},
        {"wasm", {QByteArrayLiteral("application/wasm"), kText}},
        {"wav", {QByteArrayLiteral("audio/wav"), kBinary}},
        {"webm", {QByteArrayLiteral("video/webm"), kBinary}},
        {"webmanifest", {QByteArrayLiteral("application/manifest+json"), kText}},
        {"webp", {QByteArrayLiteral("image/webp"), kBinary}},
        {"woff", {QByteArrayLiteral("font/woff"), kBinary}},
        {"woff2", {QByteArrayLiteral("font/woff2"), kBinary}},
        {"xml", {QByteArrayLiteral("application/xml"), kText}},
        {"yaml", {QByteArrayLiteral("text/yaml; charset=utf-8"), kText}},
        {"yml", {QByteArrayLiteral("text/yaml; charset=utf-8"), kText}},
        {"zip", {QByteArrayLiteral("application/zip"), kBinary}},
    };
    std::sort(table.begin(), table.end(),
              [](const Entry &a, const Entry &b) { return a.extension < b.extension; });
    return table;
}

} // namespace

const MimeType &mimeTypeFor(QByteArrayView fileName) {
    static const std::vector<Entry> s_table = buildTable();
    static const MimeType s_unknown{QByteArrayLiteral("application/octet-stream"), false};

    const qsizetype dot = fileName.lastIndexOf('.');
    if (dot < 0 || fileName.indexOf('/', dot) >= 0)
        return s_unknown;
    const QByteArrayView extension = fileName.sliced(dot + 1);
    char lower[16];
    if (extension.isEmpty() || extension.size() >= qsizetype(sizeof lower))
        return s_unknown;
    for (qsizetype i = 0; i < extension.size(); ++i) {
        const char c = extension[i];
        lower[i] = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    }
    const std::string_view key(lower, std::size_t(extension.size()));
    const auto it =
        std::lower_bound(s_table.begin(), s_table.end(), key,
                         [](const Entry &e, std::string_view k) { return e.extension < k; });
    return it != s_table.end() && it->extension == key ? it->mime : s_unknown;
}

} // namespace yard::routing
