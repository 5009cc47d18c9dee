#pragma once

#include "logging/logfilter.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace yard::ui {

// The Log view's filter bar: method, status class chips, path, route, client and time range, plus
// a typed expression in the language of `yardmaster logs --filter` for everything else
// (status:404 min:100ms …). A control that is set replaces the same key of the expression.
// Text edits are debounced; GUI thread only.
class LogFilterBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFilterBar)

public:
    static constexpr int DebounceMs = 250;

    explicit LogFilterBar(QWidget *parent = nullptr);
    ~LogFilterBar() override;

    // The filter the controls describe; times ("last 5 minutes") count back from nowMs.
    // *error is the expression's mistake, if any (the rest of the filter still applies).
    logging::LogFilter filter(qint64 nowMs = QDateTime::currentMSecsSinceEpoch(),
                              QString *error = nullptr) const;
    // The server every query is narrowed to (the tab's server); empty: every server.
    void setServer(const QString &server);
    QString server() const { return m_server; }
    // True when any control or the expression narrows the rows (the server aside).
    bool isFiltering() const;
    // Route names by index, for the route chooser.
    void setRouteLabels(const QStringList &labels);
    // Ctrl+F: the filter control the user used last (the path field at first), text selected.
    void focusActiveFilter();

Q_SIGNALS:
    void filterChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildControls();
    void changed();
    void changedLater();
    void showExpressionError();
    void colourChips();

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
};

} // namespace yard::ui
