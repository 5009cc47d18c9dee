#include "logrowdelegate.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>
#include <QStyle>

namespace yard::ui {

LogRowDelegate::LogRowDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

LogRowDelegate::~LogRowDelegate() = default;

void LogRowDelegate::clearCache() {
    m_texts.clear();
}

const QStaticText &LogRowDelegate::laidOut(const QString &text, const QStyleOptionViewItem &option,
                                           int width) const {
    if (m_texts.size() >= CacheLimit)
        m_texts.clear();
    auto found = m_texts.find(text);
    if (found == m_texts.end()) {
        QStaticText laid(text);
        laid.setTextFormat(Qt::PlainText);
        laid.prepare(QTransform(), option.font);
        found = m_texts.insert(text, laid);
    }
    if (found->size().width() <= width)
        return *found;
    // Too wide for the column: the elided form, kept under its own key (text and width).
    const QString key = text + QChar(0x1f) + QString::number(width);
    auto elided = m_texts.find(key);
    if (elided == m_texts.end()) {
        QStaticText laid(option.fontMetrics.elidedText(text, Qt::ElideRight, width));
        laid.setTextFormat(Qt::PlainText);
        laid.prepare(QTransform(), option.font);
        elided = m_texts.insert(key, laid);
    }
    return *elided;
}

void LogRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const {
    const bool enabled = option.state & QStyle::State_Enabled;
    const QPalette::ColorGroup group = !enabled                                ? QPalette::Disabled
                                       : (option.state & QStyle::State_Active) ? QPalette::Active
                                                                               : QPalette::Inactive;
    const bool selected = option.state & QStyle::State_Selected;
    QColor textColour = option.palette.color(group, QPalette::Text);
    if (selected) {
        painter->fillRect(option.rect, option.palette.brush(group, QPalette::Highlight));
        textColour = option.palette.color(group, QPalette::HighlightedText);
    } else {
        // The view has painted the row's base or alternate colour already.
        const QVariant background = index.data(Qt::BackgroundRole);
        if (background.isValid())
            painter->fillRect(option.rect, background.value<QColor>());
        const QVariant foreground = index.data(Qt::ForegroundRole);
        if (foreground.isValid())
            textColour = foreground.value<QColor>();
    }

    const QWidget *widget = option.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    QRect area = option.rect.adjusted(margin, 0, -margin, 0);
    // A type icon before the text (the timeline's Type column).
    const QVariant decoration = index.data(Qt::DecorationRole);
    if (decoration.canConvert<QIcon>()) {
        const int side = qMax(6, option.fontMetrics.height() * 3 / 5);
        const QRect iconArea(area.left(), area.top() + (area.height() - side) / 2, side, side);
        decoration.value<QIcon>().paint(painter, iconArea);
        area.setLeft(iconArea.right() + 1 + option.fontMetrics.horizontalAdvance(u' '));
    }
    const QString text = index.data(Qt::DisplayRole).toString();
    if (!text.isEmpty() && area.width() > 0) {
        const QStaticText &laid = laidOut(text, option, area.width());
        const QSizeF size = laid.size();
        const Qt::Alignment alignment =
            Qt::Alignment(index.data(Qt::TextAlignmentRole).toInt()) & Qt::AlignHorizontal_Mask;
        const qreal x = alignment & Qt::AlignRight ? area.right() + 1 - size.width() : area.left();
        const qreal y = area.top() + (area.height() - size.height()) / 2;
        painter->save();
        painter->setFont(option.font);
        painter->setPen(textColour);
        painter->setClipRect(area);
        painter->drawStaticText(QPointF(x, y), laid);
        painter->restore();
    }

    if (option.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(option);
        focus.backgroundColor =
            option.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

} // namespace yard::ui
