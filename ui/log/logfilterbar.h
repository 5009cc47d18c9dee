#pragma once

#include "logging/logfilter.h"
#include "timelinefilter.h"

#include <QDateTime>
#include <QVariantMap>
#include <QWidget>

class QComboBox;
class QLayout;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace yard::ui {

// The Log view's filter bar: type chips (HTTP, WebSocket, SSE), method, status class chips, path,
// route, client and time range, plus a typed expression in the language of
// `yardmaster logs --filter` for everything else (status:404 min:100ms …). A control that is set
// replaces the same key of the expression. The path text also finds events by their preview;
// a filter only requests have (method, status, route, client, duration) leaves events out.
// Text edits are debounced; GUI thread only.
class SavedFilters;

class LogFilterBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFilterBar)

public:
    static constexpr int DebounceMs = 250;

    explicit LogFilterBar(QWidget *parent = nullptr);
    ~LogFilterBar() override;

    // The requests' part of timelineFilter(); times ("last 5 minutes") count back from nowMs.
    // *error is the expression's mistake, if any (the rest of the filter still applies).
    logging::LogFilter filter(qint64 nowMs = QDateTime::currentMSecsSinceEpoch(),
                              QString *error = nullptr) const;
    // What the timeline shows: the expression (request and event terms, as in
    // `yardmaster logs --filter`), the controls over it, and the type chips.
    TimelineFilter timelineFilter(qint64 nowMs = QDateTime::currentMSecsSinceEpoch(),
                                  QString *error = nullptr) const;
    // Every control's value, to save a filter under a name and set it again later (the server
    // is not part of it). setState() takes what state() gave, also from an older version.
    QVariantMap state() const;
    void setState(const QVariantMap &state);
    // The server every query is narrowed to (the tab's server); empty: every server.
    void setServer(const QString &server);
    QString server() const { return m_server; }
    // True when any control or the expression narrows the rows (the server aside).
    bool isFiltering() const;
    // Route names by index, for the route chooser.
    void setRouteLabels(const QStringList &labels);
    SavedFilters *savedFilters() const { return m_saved; }
    // Ctrl+F: the filter control the user used last (the path field at first), text selected.
    void focusActiveFilter();

Q_SIGNALS:
    void filterChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildControls();
    // The controls' terms over what the expression said (a control replaces its key).
    void applyControls(logging::LogFilter &filter, qint64 nowMs) const;
    void changed();
    void changedLater();
    void showExpressionError();
    void colourChips();
    QLayout *buildTypeChips();

    QToolButton *m_typeChips[3] = {}; // HTTP, WebSocket, SSE
    QComboBox *m_method = nullptr;
    QToolButton *m_statusChips[5] = {};
    QLineEdit *m_path = nullptr;
    QComboBox *m_route = nullptr;
    QLineEdit *m_client = nullptr;
    QComboBox *m_time = nullptr;
    QLineEdit *m_expression = nullptr;
    QLabel *m_expressionError = nullptr;
    QWidget *m_active = nullptr; // the control Ctrl+F returns to
    QTimer *m_debounce = nullptr;
    QString m_server;
    SavedFilters *m_saved = nullptr;
};

} // namespace yard::ui
