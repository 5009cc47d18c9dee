// yard_iconrender: renders the application's SVG icon into the raster files installers need,
// at build time, so no binary icon is committed and every size comes from the one SVG.
//
//   yard_iconrender SVG PATTERN SIZE...   one PNG per size; in PATTERN, %1 is the size in
//                                          pixels and %2 half of it (macOS @2x iconset names)
//   yard_iconrender SVG FILE.ico SIZE...   one Windows icon holding every size (PNG entries)
#include <QBuffer>
#include <QByteArray>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QStringList>
#include <QSvgRenderer>
#include <QtEndian>
#include <cstdio>

namespace {

QImage render(QSvgRenderer &svg, int size) {
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    return image;
}

QByteArray png(const QImage &image) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

void append16(QByteArray &out, int value) {
    const quint16 little = qToLittleEndian(quint16(value));
    out.append(reinterpret_cast<const char *>(&little), sizeof little);
}

void append32(QByteArray &out, qsizetype value) {
    const quint32 little = qToLittleEndian(quint32(value));
    out.append(reinterpret_cast<const char *>(&little), sizeof little);
}

// ICO container: a 6-byte header, a 16-byte entry per image, then the images. PNG entries are
// valid since Windows Vista; a width or height of 256 is written as 0.
QByteArray ico(const QList<QByteArray> &pngs, const QList<int> &sizes) {
    QByteArray out;
    append16(out, 0);
    append16(out, 1); // type: icon
    append16(out, int(pngs.size()));
    qsizetype offset = 6 + 16 * pngs.size();
    for (qsizetype i = 0; i < pngs.size(); ++i) {
        const char side = char(sizes[i] >= 256 ? 0 : sizes[i]);
        out.append(side).append(side).append('\0').append('\0'); // no palette, reserved
        append16(out, 1);                                        // colour planes
        append16(out, 32);                                       // bits per pixel
        append32(out, pngs[i].size());
        append32(out, offset);
        offset += pngs[i].size();
    }
    for (const QByteArray &image : pngs)
        out.append(image);
    return out;
}

bool write(const QString &path, const QByteArray &bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        std::fprintf(stderr, "yard_iconrender: cannot write %s: %s\n", qPrintable(path),
                     qPrintable(file.errorString()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv) {
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: yard_iconrender SVG PATTERN|FILE.ico SIZE...\n");
        return 2;
    }
    QSvgRenderer svg(args[0]);
    if (!svg.isValid()) {
        std::fprintf(stderr, "yard_iconrender: %s is not a readable SVG\n", qPrintable(args[0]));
        return 1;
    }
    QList<int> sizes;
    for (qsizetype i = 2; i < args.size(); ++i) {
        bool ok = false;
        const int size = args[i].toInt(&ok);
        if (!ok || size < 1 || size > 2048) {
            std::fprintf(stderr, "yard_iconrender: bad size %s\n", qPrintable(args[i]));
            return 2;
        }
        sizes.append(size);
    }
    const QString &output = args[1];
    QList<QByteArray> pngs;
    for (const int size : sizes)
        pngs.append(png(render(svg, size)));
    if (output.endsWith(u".ico"))
        return write(output, ico(pngs, sizes)) ? 0 : 1;
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        QString path = output;
        path.replace(u"%1"_qs, QString::number(sizes[i]))
            .replace(u"%2"_qs, QString::number(sizes[i] / 2));
        if (!write(path, pngs[i]))
            return 1;
    }
    return 0;
}
