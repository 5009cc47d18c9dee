#pragma once

#include "logging/logquery.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace yard::ui {

class RequestReplay;

// The selected request in full: what the log stores of it (request line, status, sizes, timing,
// client, route, truncation) and "Copy as curl". The log records no headers or bodies yet, and
// the pane says so rather than show empty sections. GUI thread only.
class LogDetailPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogDetailPane)

public:
    explicit LogDetailPane(QWidget *parent = nullptr);
    ~LogDetailPane() override;

    // `origin` is the server's "http://host:port" (empty when unknown), `routeLabel` how the
    // route is named in the table.
    void showRow(const logging::LogRow &row, const QString &origin, const QString &routeLabel);
    void clear();
    // Shows the start of the details (a pane that was just opened may have kept a scroll offset).
    void scrollToTop();
    std::optional<logging::LogRow> row() const { return m_row; }
    QString curlCommand() const;
    // Puts curlCommand() on the clipboard; false when no row is shown.
    bool copyCurl();

Q_SIGNALS:
    // "Create route…": turn the shown request into a route of its server.
    void createRouteRequested(const logging::LogRow &row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    QString html() const;

    std::optional<logging::LogRow> m_row;
    QString m_origin;
    QString m_routeLabel;
    QTextBrowser *m_text = nullptr;
    QPushButton *m_copyCurl = nullptr;
    QPushButton *m_createRoute = nullptr;
    QPushButton *m_replay = nullptr;
    QLabel *m_replayResult = nullptr;
    RequestReplay *m_replayer = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace yard::ui
