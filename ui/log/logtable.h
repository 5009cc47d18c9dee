#pragma once

#include <QTableView>

class QLabel;

namespace yard::ui {

class LogRowDelegate;
class LogRowModel;

// The log's table: uniform one-line rows (a fixed height, so 10 000 rows lay out in no time),
// columns sized for their content, cells painted by LogRowDelegate, and a line that teaches
// while there are no rows. GUI thread only.
class LogTable final : public QTableView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogTable)

public:
    explicit LogTable(LogRowModel *model, QWidget *parent = nullptr);
    ~LogTable() override;

    // What the empty table says ("No requests yet …").
    void setEmptyText(const QString &text);
    int rowHeight() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void sizeColumns();
    void updateEmptyState();

    LogRowDelegate *m_delegate = nullptr;
    QLabel *m_emptyState = nullptr;
};

} // namespace yard::ui
