#include "kindicons.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace yard::ui {

QIcon KindIcons::icon(Shape shape, const QColor &color, int size) {
    static QHash<QString, QIcon> cache;
    const QString key =
        QString::number(shape) + u':' + color.name(QColor::HexArgb) + u':' + QString::number(size);
    if (const auto found = cache.constFind(key); found != cache.cend())
        return *found;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    const QRectF area(1, 1, size - 2, size - 2);
    switch (shape) {
    case Square:
        painter.drawRoundedRect(area, 1.5, 1.5);
        break;
    case Circle:
        painter.drawEllipse(area);
        break;
    case Triangle: {
        QPainterPath path;
        path.moveTo(area.topLeft());
        path.lineTo(area.topRight());
        path.lineTo(area.center().x(), area.bottom());
        path.closeSubpath();
        painter.drawPath(path);
        break;
    }
    }
    painter.end();
    const QIcon made(pixmap);
    cache.insert(key, made);
    return made;
}

} // namespace yard::ui
