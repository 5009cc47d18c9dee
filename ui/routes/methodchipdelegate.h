#pragma once

#include <QStyledItemDelegate>

namespace yard::ui {

// Draws a route's method as a small coloured chip (GET blue, POST green, DELETE red, …), so the
// table reads like the routes at a glance. Paint only: the text stays the model's.
class MethodChipDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MethodChipDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor colourFor(const QString &method);
};

} // namespace yard::ui
