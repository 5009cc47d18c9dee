#include "logdetailpane.h"

#include "curlcommand.h"
#include "logging/logbatch.h"
#include "logging/logexport.h"
#include "logrowmodel.h"
#include "requestreplay.h"
#include "statuscolors.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace yard::ui {

using logging::LogBatch;
using logging::LogRow;

namespace {
constexpr int SessionShown = 8; // a session id is a bearer secret: show enough to tell apart

QString field(const QString &name, const QString &valueHtml) {
    return u"<tr><td style=\"padding-right:12px\"><b>" + name.toHtmlEscaped() + u"</b></td><td>" +
           valueHtml + u"</td></tr>";
}

QString section(const QString &title) {
    return u"<tr><td colspan=\"2\" style=\"padding-top:10px\"><b><u>" + title.toHtmlEscaped() +
           u"</u></b></td></tr>";
}

QString dateTime(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}
} // namespace

LogDetailPane::LogDetailPane(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("logDetailPane"));
    setAccessibleName(tr("Request details"));
    m_empty = new QLabel(tr("Select a request to see what the log recorded of it."), this);
    m_empty->setObjectName(QStringLiteral("logDetailEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);

    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("logDetail"));
    m_text->setAccessibleName(tr("Request details"));
    m_text->setOpenLinks(false);
    m_text->hide();

    m_copyCurl = new QPushButton(tr("Copy as curl"), this);
    m_copyCurl->setObjectName(QStringLiteral("logCopyCurl"));
    m_copyCurl->setAccessibleName(tr("Copy as curl"));
    m_copyCurl->setToolTip(tr("Copy a curl command that repeats this request (Ctrl+Shift+C)"));
    m_copyCurl->setEnabled(false);
    connect(m_copyCurl, &QPushButton::clicked, this, &LogDetailPane::copyCurl);

    m_createRoute = new QPushButton(tr("Create Route…"), this);
    m_createRoute->setObjectName(QStringLiteral("logCreateRoute"));
    m_createRoute->setAccessibleName(tr("Create a route from this request"));
    m_createRoute->setToolTip(tr("Add a route that answers this request (a mock for a 404, "
                                 "say) and open it in the route editor"));
    m_createRoute->setEnabled(false);
    connect(m_createRoute, &QPushButton::clicked, this, [this] {
        if (m_row)
            Q_EMIT createRouteRequested(*m_row);
    });

    m_replay = new QPushButton(tr("Replay"), this);
    m_replay->setObjectName(QStringLiteral("logReplay"));
    m_replay->setAccessibleName(tr("Send this request again"));
    m_replay->setToolTip(tr("Send the same method and path to the running server again (the "
                            "log keeps no body or other headers); the new request joins the "
                            "log"));
    m_replay->setEnabled(false);
    m_replayResult = new QLabel(this);
    m_replayResult->setObjectName(QStringLiteral("logReplayResult"));
    m_replayer = new RequestReplay(this);
    connect(m_replay, &QPushButton::clicked, this, [this] {
        if (!m_row || m_origin.isEmpty())
            return;
        m_replayResult->setText(tr("Replaying…"));
        m_replayer->replay(*m_row, m_origin);
    });
    connect(m_replayer, &RequestReplay::finished, this,
            [this](int status, qint64 ms, const QString &error) {
                m_replayResult->setText(status ? tr("Replayed: %1 in %2 ms").arg(status).arg(ms)
                                               : tr("Replay failed: %1").arg(error));
            });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_replayResult, 1);
    buttons->addWidget(m_replay);
    buttons->addWidget(m_createRoute);
    buttons->addWidget(m_copyCurl);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
}

LogDetailPane::~LogDetailPane() = default;

void LogDetailPane::showRow(const LogRow &row, const QString &origin, const QString &routeLabel) {
    if (!m_row || m_row->id != row.id)
        m_replayResult->clear();
    m_row = row;
    m_origin = origin;
    m_routeLabel = routeLabel;
    render();
}

void LogDetailPane::clear() {
    m_row.reset();
    render();
}

void LogDetailPane::scrollToTop() {
    m_text->verticalScrollBar()->setValue(0);
}

QString LogDetailPane::curlCommand() const {
    return m_row ? CurlCommand::build(*m_row, m_origin) : QString();
}

bool LogDetailPane::copyCurl() {
    if (!m_row)
        return false;
    QApplication::clipboard()->setText(curlCommand());
    return true;
}

void LogDetailPane::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange && m_row)
        render(); // the status colour depends on the palette
    QWidget::changeEvent(event);
}

void LogDetailPane::render() {
    m_empty->setVisible(!m_row);
    m_text->setVisible(bool(m_row));
    m_copyCurl->setEnabled(bool(m_row));
    m_createRoute->setEnabled(bool(m_row));
    m_replay->setEnabled(m_row && !m_origin.isEmpty());
    m_text->setHtml(m_row ? html() : QString());
}

QString LogDetailPane::html() const {
    const LogRow &row = *m_row;
    const QLocale locale;
    const QColor statusColour = StatusColors::text(row.status, palette().color(QPalette::Base));
    const QString reason = logging::LogExport::statusText(row.status);
    const QString status =
        QString(QString::number(row.status) + u' ' + reason).trimmed().toHtmlEscaped();
    QString html = u"<p style=\"font-size:large\"><b>" + row.method.toHtmlEscaped() + u"</b> " +
                   row.target.toHtmlEscaped() + u"</p>";
    html += u"<p><b style=\"color:" + statusColour.name() + u"\">" + status + u"</b> · " +
            LogRowModel::formatDuration(row.durationUs).toHtmlEscaped() + u"</p><table>";

    html += section(tr("Request"));
    html += field(tr("URL"), (m_origin.isEmpty() ? tr("(server address unknown)") + u' '
                                                 : m_origin.toHtmlEscaped()) +
                                 row.target.toHtmlEscaped());
    html += field(tr("Server"), row.server.toHtmlEscaped());
    html += field(tr("Route"), m_routeLabel.toHtmlEscaped());
    html += field(tr("Client"), row.remote.toHtmlEscaped());
    html += field(tr("User agent"),
                  row.userAgent.isEmpty() ? tr("(none sent)") : row.userAgent.toHtmlEscaped());
    html += field(tr("Session"),
                  row.session.isEmpty()
                      ? tr("(none)")
                      : tr("%1… (shortened)").arg(row.session.left(SessionShown).toHtmlEscaped()));
    html += field(tr("Received"), tr("%1 bytes").arg(locale.toString(row.bytesIn)));

    html += section(tr("Response"));
    html += field(tr("Status"), status);
    html += field(tr("Sent"), tr("%1 bytes").arg(locale.toString(row.bytesOut)));

    html += section(tr("Timing"));
    html += field(tr("Started"), dateTime(row.tsMs));
    html +=
        field(tr("Duration"),
              tr("%1 µs (first byte in to last byte out)").arg(locale.toString(row.durationUs)));
    html += field(tr("Log row"), tr("#%1").arg(row.id));

    QStringList cut;
    if (row.truncated & LogBatch::MethodCut)
        cut << tr("method (kept %1 bytes)").arg(LogBatch::MethodCap);
    if (row.truncated & LogBatch::TargetCut)
        cut << tr("target (kept %1 bytes)").arg(LogBatch::TargetCap);
    if (row.truncated & LogBatch::RemoteCut)
        cut << tr("client (kept %1 bytes)").arg(LogBatch::RemoteCap);
    if (row.truncated & LogBatch::UserAgentCut)
        cut << tr("user agent (kept %1 bytes)").arg(LogBatch::UserAgentCap);
    if (row.truncated & LogBatch::SessionCut)
        cut << tr("session (kept %1 bytes)").arg(LogBatch::SessionCap);
    if (!cut.isEmpty())
        html += field(tr("Cut to fit the log"), cut.join(QStringLiteral(", ")).toHtmlEscaped());
    html += u"</table>";

    html += u"<p><i>" +
            tr("Headers and bodies are not recorded: the request log stores the request line, "
               "status, sizes, timing and client of each request, not its header fields or "
               "body.")
                .toHtmlEscaped() +
            u"</i></p>";
    return html;
}

} // namespace yard::ui
