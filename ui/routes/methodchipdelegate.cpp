#include "methodchipdelegate.h"

#include <QApplication>
#include <QPainter>

namespace yard::ui {

namespace {
constexpr int PaddingX = 6;
constexpr int MarginY = 3;
} // namespace

QColor MethodChipDelegate::colourFor(const QString &method) {
    if (method == u"GET" || method == u"HEAD")
        return {0x2f, 0x7b, 0xd8};
    if (method == u"POST")
        return {0x2e, 0x9d, 0x4f};
    if (method == u"PUT" || method == u"PATCH")
        return {0xc7, 0x7c, 0x0e};
    if (method == u"DELETE")
        return {0xd0, 0x34, 0x2c};
    return {0x7a, 0x80, 0x8a}; // "*" and the rest
}

void MethodChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const {
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    const QString method = background.text;
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    QFont font = option.font;
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetrics metrics(font);
    // One width for every chip ("DELETE" fits), so paths line up and "*" is not a speck.
    const int width = qMax(metrics.horizontalAdvance(method),
                           metrics.horizontalAdvance(QStringLiteral("DELETE"))) +
                      2 * PaddingX;
    const QRect chip(option.rect.left() + 4, option.rect.top() + MarginY, width,
                     option.rect.height() - 2 * MarginY);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // A disabled route's chip is grey like the rest of its row.
    const bool enabled =
        index.siblingAtColumn(0).data(Qt::CheckStateRole).value<Qt::CheckState>() != Qt::Unchecked;
    const QColor colour = enabled ? colourFor(method) : QColor(0xa0, 0xa4, 0xab);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawRoundedRect(chip, 4, 4);
    painter->setPen(Qt::white);
    painter->setFont(font);
    painter->drawText(chip, Qt::AlignCenter, method);
    painter->restore();
}

QSize MethodChipDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QFont font = option.font;
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    size.setWidth(QFontMetrics(font).horizontalAdvance(QStringLiteral("DELETE")) + 2 * PaddingX +
                  8);
    return size;
}

} // namespace yard::ui
