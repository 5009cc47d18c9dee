#pragma once

#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace yard::ui {

// Paints the log's cells: one line of plain text, elided on the right, in the row's colours.
// QStyledItemDelegate lays every cell's text out two or three times per paint (size, elision,
// drawing); under a fast stream every visible row is new at every frame, and that layout was
// most of the GUI thread's time. Here each distinct text is laid out once into a QStaticText
// and kept (methods, statuses, durations, sizes and routes repeat from row to row).
// GUI thread only.
class LogRowDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogRowDelegate)

public:
    static constexpr int CacheLimit = 4096; // texts kept; the cache starts over beyond it

    explicit LogRowDelegate(QObject *parent = nullptr);
    ~LogRowDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    // Forgets every laid-out text: call when the view's font changes.
    void clearCache();

private:
    const QStaticText &laidOut(const QString &text, const QStyleOptionViewItem &option,
                               int width) const;

    mutable QHash<QString, QStaticText> m_texts;
};

} // namespace yard::ui
