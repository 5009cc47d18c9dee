#include "actionpages.h"
#include "headerseditor.h"
#include "jsonhighlighter.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace yard::ui {

namespace {
bool looksLikeJson(const project::RouteConfig &route, const QString &body) {
    if (route.headers) {
        for (const auto &[name, value] : *route.headers) {
            if (name.compare(u"Content-Type", Qt::CaseInsensitive) == 0)
                return value.contains(u"json", Qt::CaseInsensitive);
        }
    }
    const QString trimmed = body.trimmed();
    return trimmed.startsWith(u'{') || trimmed.startsWith(u'[');
}
} // namespace

RespondPage::RespondPage(QWidget *parent)
    : ActionPage(parent) {
    m_status = addSpin(QStringLiteral("status"), 100, 999);
    m_headers = new HeadersEditor(this);
    form()->addRow(QStringLiteral("headers:"), m_headers);
    errors().add(form(), QStringLiteral("headers"));
    connect(m_headers, &HeadersEditor::edited, this,
            [this] { Q_EMIT edited(QStringLiteral("headers")); });

    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("field_body"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(m_body->fontMetrics().height() * 5);
    m_body->setMaximumHeight(m_body->fontMetrics().height() * 8);
    m_highlighter = new JsonHighlighter(m_body->document());
    m_jsonState = new QLabel(this);
    m_jsonState->setObjectName(QStringLiteral("jsonState"));
    form()->addRow(QStringLiteral("body:"), m_body);
    form()->addRow(QString(), m_jsonState);
    errors().add(form(), QStringLiteral("body"));
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        updateJsonState();
        if (!m_loading)
            Q_EMIT edited(QStringLiteral("body"));
    });
    m_bodyFile = addLine(QStringLiteral("bodyFile"));
    m_delay = addSpin(QStringLiteral("delay"), 0, 600000);
    retranslateUi();
}

void RespondPage::retranslateUi() {
    setRowLabel(form(), m_status, tr("Status:"));
    setRowLabel(form(), m_headers, tr("Headers:"));
    setRowLabel(form(), m_body, tr("Body:"));
    setRowLabel(form(), m_bodyFile, tr("Body file:"));
    setRowLabel(form(), m_delay, tr("Delay:"));
    m_status->setAccessibleName(tr("Status"));
    m_body->setAccessibleName(tr("Response body"));
    m_body->setPlaceholderText(tr("Text or JSON; {{params.id}} and {{query.q}} are filled in"));
    m_bodyFile->setAccessibleName(tr("Body file"));
    m_bodyFile->setPlaceholderText(tr("or a file, such as www/page.html"));
    m_delay->setAccessibleName(tr("Delay"));
    m_delay->setSuffix(tr(" ms"));
    m_headers->retranslateUi();
    updateJsonState();
}

void RespondPage::setDarkPalette(bool dark) {
    m_highlighter->updateColours(dark);
}

void RespondPage::load(const project::RouteConfig &route) {
    m_loading = true;
    m_status->setValue(route.status.value_or(200));
    m_headers->setHeaders(route.headers.value_or(project::HeaderList()));
    const QString body = route.body.value_or(QString());
    if (m_body->toPlainText() != body)
        m_body->setPlainText(body);
    if (m_bodyFile->text() != route.bodyFile.value_or(QString()))
        m_bodyFile->setText(route.bodyFile.value_or(QString()));
    m_delay->setValue(route.delay.value_or(0));
    m_loading = false;
    updateJsonState();
}

void RespondPage::store(project::RouteConfig &route, const QString &field) const {
    if (field == u"status") {
        route.status = m_status->value();
    } else if (field == u"headers") {
        const project::HeaderList headers = m_headers->headers();
        route.headers = headers.isEmpty() ? std::nullopt : std::optional(headers);
    } else if (field == u"body") {
        const QString body = m_body->toPlainText();
        route.body = body.isEmpty() ? std::nullopt : std::optional(body);
    } else if (field == u"bodyFile") {
        const QString file = m_bodyFile->text().trimmed();
        route.bodyFile = file.isEmpty() ? std::nullopt : std::optional(file);
    } else if (field == u"delay") {
        route.delay = m_delay->value() == 0 ? std::nullopt : std::optional(m_delay->value());
    }
}

void RespondPage::updateJsonState() {
    const QString body = m_body->toPlainText();
    project::RouteConfig probe;
    probe.headers = m_headers->headers();
    if (body.trimmed().isEmpty() || !looksLikeJson(probe, body)) {
        m_jsonState->clear();
        m_jsonState->hide();
        return;
    }
    // Informational: a template may stand where JSON wants a value ({"n": {{query.n}}}), so
    // invalid JSON is shown, never refused; the project's own checks decide what applies.
    QJsonParseError error;
    QJsonDocument::fromJson(body.toUtf8(), &error);
    m_jsonState->setText(error.error == QJsonParseError::NoError
                             ? tr("JSON ✓")
                             : tr("Not valid JSON at character %1: %2")
                                   .arg(error.offset + 1)
                                   .arg(error.errorString()));
    m_jsonState->show();
}

} // namespace yard::ui
