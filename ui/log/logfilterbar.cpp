#include "logfilterbar.h"

#include "savedfilters.h"
#include "statuscolors.h"

#include <QComboBox>
#include <QFocusEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>
#include <algorithm>

namespace yard::ui {

namespace {
constexpr int AnyRoute = -2;
const char *const Methods[] = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"};
} // namespace

LogFilterBar::LogFilterBar(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("logFilterBar"));
    setAccessibleName(tr("Log filters"));
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &LogFilterBar::changed);
    buildControls();
    m_active = m_path;
    colourChips();
}

LogFilterBar::~LogFilterBar() = default;

void LogFilterBar::buildControls() {
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("logMethodFilter"));
    m_method->setAccessibleName(tr("Method"));
    m_method->setToolTip(tr("Show requests of one method only"));
    m_method->addItem(tr("Any method"));
    for (const char *method : Methods)
        m_method->addItem(QLatin1String(method), QLatin1String(method));
    connect(m_method, &QComboBox::currentIndexChanged, this, &LogFilterBar::changed);

    auto *chips = new QHBoxLayout;
    chips->setSpacing(2);
    for (int cls = 1; cls <= 5; ++cls) {
        auto *chip = new QToolButton(this);
        const QString label = tr("%1xx").arg(cls);
        chip->setText(label);
        chip->setCheckable(true);
        chip->setAutoRaise(false);
        chip->setObjectName(QStringLiteral("logStatus%1xx").arg(cls));
        chip->setAccessibleName(tr("Status %1").arg(label));
        chip->setToolTip(tr("Show %1 responses (several chips: any of them)").arg(label));
        connect(chip, &QToolButton::toggled, this, &LogFilterBar::changed);
        chips->addWidget(chip);
        m_statusChips[cls - 1] = chip;
    }

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("logPathFilter"));
    m_path->setAccessibleName(tr("Path filter"));
    m_path->setPlaceholderText(tr("Path or message contains… (* matches anything)"));
    m_path->setClearButtonEnabled(true);

    m_route = new QComboBox(this);
    m_route->setObjectName(QStringLiteral("logRouteFilter"));
    m_route->setAccessibleName(tr("Route"));
    m_route->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setRouteLabels({});
    connect(m_route, &QComboBox::currentIndexChanged, this, &LogFilterBar::changed);

    m_client = new QLineEdit(this);
    m_client->setObjectName(QStringLiteral("logClientFilter"));
    m_client->setAccessibleName(tr("Client filter"));
    m_client->setPlaceholderText(tr("Client address"));
    m_client->setClearButtonEnabled(true);

    m_time = new QComboBox(this);
    m_time->setObjectName(QStringLiteral("logTimeFilter"));
    m_time->setAccessibleName(tr("Time range"));
    m_time->addItem(tr("Any time"), 0);
    m_time->addItem(tr("Last 5 minutes"), 5);
    m_time->addItem(tr("Last 15 minutes"), 15);
    m_time->addItem(tr("Last hour"), 60);
    m_time->addItem(tr("Last 24 hours"), 24 * 60);
    connect(m_time, &QComboBox::currentIndexChanged, this, &LogFilterBar::changed);

    m_expression = new QLineEdit(this);
    m_expression->setObjectName(QStringLiteral("logFilterExpression"));
    m_expression->setAccessibleName(tr("Filter expression"));
    m_expression->setPlaceholderText(
        tr("More filters, as in yardmaster logs --filter: status:404 min:100ms since:10m"));
    m_expression->setClearButtonEnabled(true);

    m_expressionError = new QLabel(this);
    m_expressionError->setObjectName(QStringLiteral("logFilterError"));
    m_expressionError->setAccessibleName(tr("Filter expression error"));
    m_expressionError->setWordWrap(true);
    m_expressionError->hide();

    for (QLineEdit *edit : {m_path, m_client, m_expression})
        connect(edit, &QLineEdit::textChanged, this, &LogFilterBar::changedLater);
    for (QWidget *control : {static_cast<QWidget *>(m_method), static_cast<QWidget *>(m_path),
                             static_cast<QWidget *>(m_route), static_cast<QWidget *>(m_client),
                             static_cast<QWidget *>(m_time), static_cast<QWidget *>(m_expression)})
        control->installEventFilter(this);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_method);
    row->addLayout(chips);
    row->addWidget(m_path, 3);
    row->addWidget(m_route);
    row->addWidget(m_client, 1);
    row->addWidget(m_time);
    auto *second = new QHBoxLayout;
    second->setContentsMargins(0, 0, 0, 0);
    second->addLayout(buildTypeChips());
    second->addWidget(m_expression, 1);
    m_saved = new SavedFilters(this, this);
    second->addWidget(m_saved->button());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addLayout(second);
    layout->addWidget(m_expressionError);
}

QLayout *LogFilterBar::buildTypeChips() {
    const QString labels[] = {tr("HTTP"), tr("WS"), tr("SSE")};
    const QString names[] = {tr("Requests"), tr("WebSocket messages"), tr("Event stream events")};
    const QString tips[] = {tr("Show requests in the timeline"),
                            tr("Show WebSocket messages in the timeline"),
                            tr("Show event stream events in the timeline")};
    const char *const ids[] = {"logTypeHttp", "logTypeWs", "logTypeSse"};
    auto *chips = new QHBoxLayout;
    chips->setSpacing(2);
    for (int i = 0; i < 3; ++i) {
        auto *chip = new QToolButton(this);
        chip->setText(labels[i]);
        chip->setCheckable(true);
        chip->setChecked(true);
        chip->setObjectName(QLatin1String(ids[i]));
        chip->setAccessibleName(names[i]);
        chip->setToolTip(tips[i]);
        connect(chip, &QToolButton::toggled, this, &LogFilterBar::changed);
        chips->addWidget(chip);
        m_typeChips[i] = chip;
    }
    return chips;
}

TimelineFilter LogFilterBar::timelineFilter(qint64 nowMs, QString *error) const {
    TimelineFilter result;
    logging::FilterScope scope = logging::FilterScope::Both;
    const QString problem = logging::parseTimelineFilter(m_expression->text(), result.requests,
                                                         result.events, scope, nowMs);
    if (error)
        *error = problem;
    if (!problem.isEmpty()) {
        // A half-parsed expression would filter on whatever came before the typo.
        result.requests = {};
        result.events = {};
        scope = logging::FilterScope::Both;
    }
    applyControls(result.requests, nowMs);
    logging::LogFilter &requests = result.requests;
    result.showRequests = m_typeChips[0]->isChecked() && scope != logging::FilterScope::Events;
    for (int i = 1; i < 3; ++i) {
        if (m_typeChips[i]->isChecked())
            result.events.types.append(i == 1 ? QStringLiteral("ws") : QStringLiteral("sse"));
    }
    // A question only a request can answer (its status, method, route…) has no events in it.
    const bool requestsOnly = scope == logging::FilterScope::Requests ||
                              !requests.methods.isEmpty() || !requests.statusClasses.isEmpty() ||
                              !requests.statusCodes.isEmpty() || requests.route.has_value() ||
                              !requests.client.isEmpty() || requests.minDurationUs > 0 ||
                              requests.path.contains(u'*');
    result.showEvents = !result.events.types.isEmpty() && !requestsOnly;
    logging::EventFilter &events = result.events;
    events.server = requests.server;
    if (events.text.isEmpty())
        events.text = m_path->text().trimmed();
    if (const int minutes = m_time->currentData().toInt(); minutes > 0)
        events.sinceMs = requests.sinceMs;
    if (requests.connection != 0)
        events.connection = requests.connection;
    return result;
}

QVariantMap LogFilterBar::state() const {
    QVariantMap state;
    QStringList types;
    const char *const typeKeys[] = {"http", "ws", "sse"};
    for (int i = 0; i < 3; ++i) {
        if (m_typeChips[i]->isChecked())
            types.append(QLatin1String(typeKeys[i]));
    }
    state.insert(QStringLiteral("types"), types);
    state.insert(QStringLiteral("method"), m_method->currentData());
    QVariantList classes;
    for (int cls = 1; cls <= 5; ++cls) {
        if (m_statusChips[cls - 1]->isChecked())
            classes.append(cls);
    }
    state.insert(QStringLiteral("status"), classes);
    state.insert(QStringLiteral("path"), m_path->text());
    state.insert(QStringLiteral("route"), m_route->currentData());
    state.insert(QStringLiteral("client"), m_client->text());
    state.insert(QStringLiteral("minutes"), m_time->currentData());
    state.insert(QStringLiteral("expression"), m_expression->text());
    return state;
}

void LogFilterBar::setState(const QVariantMap &state) {
    {
        // One filterChanged() for the whole state, not one per control.
        const QSignalBlocker blockers[] = {
            QSignalBlocker(m_typeChips[0]),   QSignalBlocker(m_typeChips[1]),
            QSignalBlocker(m_typeChips[2]),   QSignalBlocker(m_method),
            QSignalBlocker(m_statusChips[0]), QSignalBlocker(m_statusChips[1]),
            QSignalBlocker(m_statusChips[2]), QSignalBlocker(m_statusChips[3]),
            QSignalBlocker(m_statusChips[4]), QSignalBlocker(m_path),
            QSignalBlocker(m_route),          QSignalBlocker(m_client),
            QSignalBlocker(m_time),           QSignalBlocker(m_expression)};
        const QStringList types =
            state.contains(QStringLiteral("types"))
                ? state.value(QStringLiteral("types")).toStringList()
                : QStringList{QStringLiteral("http"), QStringLiteral("ws"), QStringLiteral("sse")};
        const char *const typeKeys[] = {"http", "ws", "sse"};
        for (int i = 0; i < 3; ++i)
            m_typeChips[i]->setChecked(types.contains(QLatin1String(typeKeys[i])));
        m_method->setCurrentIndex(
            qMax(0, m_method->findData(state.value(QStringLiteral("method")))));
        const QVariantList classes = state.value(QStringLiteral("status")).toList();
        for (int cls = 1; cls <= 5; ++cls)
            m_statusChips[cls - 1]->setChecked(classes.contains(cls));
        m_path->setText(state.value(QStringLiteral("path")).toString());
        const int route = m_route->findData(state.value(QStringLiteral("route"), AnyRoute));
        m_route->setCurrentIndex(qMax(0, route));
        m_client->setText(state.value(QStringLiteral("client")).toString());
        m_time->setCurrentIndex(
            qMax(0, m_time->findData(state.value(QStringLiteral("minutes"), 0))));
        m_expression->setText(state.value(QStringLiteral("expression")).toString());
    }
    changed();
}

logging::LogFilter LogFilterBar::filter(qint64 nowMs, QString *error) const {
    return timelineFilter(nowMs, error).requests;
}

void LogFilterBar::applyControls(logging::LogFilter &result, qint64 nowMs) const {
    if (!m_server.isEmpty())
        result.server = m_server;
    if (m_method->currentIndex() > 0)
        result.methods = {m_method->currentData().toString()};
    QList<int> classes;
    for (int cls = 1; cls <= 5; ++cls) {
        if (m_statusChips[cls - 1]->isChecked())
            classes.append(cls);
    }
    if (!classes.isEmpty()) {
        result.statusClasses = classes;
        result.statusCodes.clear();
    }
    if (!m_path->text().trimmed().isEmpty())
        result.path = m_path->text().trimmed();
    if (const int route = m_route->currentData().toInt(); route != AnyRoute)
        result.route = route;
    if (!m_client->text().trimmed().isEmpty())
        result.client = m_client->text().trimmed();
    if (const int minutes = m_time->currentData().toInt(); minutes > 0)
        result.sinceMs = nowMs - qint64(minutes) * 60'000;
}

bool LogFilterBar::isFiltering() const {
    if (std::any_of(std::begin(m_typeChips), std::end(m_typeChips),
                    [](const QToolButton *chip) { return !chip->isChecked(); }))
        return true;
    if (!m_expression->text().trimmed().isEmpty() || m_method->currentIndex() > 0 ||
        m_route->currentIndex() > 0 || m_time->currentIndex() > 0 ||
        !m_path->text().trimmed().isEmpty() || !m_client->text().trimmed().isEmpty())
        return true;
    return std::any_of(std::begin(m_statusChips), std::end(m_statusChips),
                       [](const QToolButton *chip) { return chip->isChecked(); });
}

void LogFilterBar::setServer(const QString &server) {
    if (server == m_server)
        return;
    m_server = server;
    changed();
}

void LogFilterBar::setRouteLabels(const QStringList &labels) {
    const QSignalBlocker blocker(m_route);
    const int selected =
        m_route->currentData().isValid() ? m_route->currentData().toInt() : AnyRoute;
    m_route->clear();
    m_route->addItem(tr("Any route"), AnyRoute);
    m_route->addItem(tr("No route matched"), -1);
    for (int i = 0; i < labels.size(); ++i)
        m_route->addItem(tr("#%1 %2").arg(i).arg(labels.at(i)), i);
    const int index = m_route->findData(selected);
    m_route->setCurrentIndex(index >= 0 ? index : 0);
}

void LogFilterBar::focusActiveFilter() {
    QWidget *target = m_active ? m_active : m_path;
    target->setFocus(Qt::ShortcutFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(target))
        edit->selectAll();
}

bool LogFilterBar::eventFilter(QObject *watched, QEvent *event) {
    // The user's own choice of control counts, not the focus a window hands out when shown.
    if (event->type() == QEvent::FocusIn) {
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason == Qt::MouseFocusReason || reason == Qt::TabFocusReason ||
            reason == Qt::BacktabFocusReason)
            m_active = qobject_cast<QWidget *>(watched);
    }
    return QWidget::eventFilter(watched, event);
}

void LogFilterBar::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange) {
        colourChips();
        showExpressionError();
    }
    QWidget::changeEvent(event);
}

void LogFilterBar::changed() {
    m_debounce->stop();
    showExpressionError();
    Q_EMIT filterChanged();
}

void LogFilterBar::changedLater() {
    m_debounce->start();
}

void LogFilterBar::showExpressionError() {
    QString error;
    timelineFilter(QDateTime::currentMSecsSinceEpoch(), &error);
    m_expressionError->setVisible(!error.isEmpty());
    if (error.isEmpty())
        return;
    m_expressionError->setText(tr("Filter expression: %1").arg(error));
    QPalette palette = m_expressionError->palette();
    palette.setColor(QPalette::WindowText,
                     StatusColors::text(500, palette.color(QPalette::Window)));
    m_expressionError->setPalette(palette);
}

void LogFilterBar::colourChips() {
    for (int cls = 1; cls <= 5; ++cls) {
        QToolButton *chip = m_statusChips[cls - 1];
        QPalette palette = this->palette();
        palette.setColor(QPalette::ButtonText,
                         StatusColors::text(cls * 100, palette.color(QPalette::Button)));
        chip->setPalette(palette);
    }
}

} // namespace yard::ui
