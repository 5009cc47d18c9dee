#include "actionpages.h"
#include "realtime/roomlimits.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace yard::ui {

namespace {
void setText(QLineEdit *edit, const std::optional<QString> &value) {
    if (edit->text() != value.value_or(QString()))
        edit->setText(value.value_or(QString()));
}
} // namespace

RedirectPage::RedirectPage(QWidget *parent)
    : ActionPage(parent) {
    m_to = addLine(QStringLiteral("to"));
    m_status = addSpin(QStringLiteral("status"), 100, 999);
    m_keepQuery = addCheck(QStringLiteral("keepQuery"));
    retranslateUi();
}

void RedirectPage::retranslateUi() {
    setRowLabel(form(), m_to, tr("To:"));
    setRowLabel(form(), m_status, tr("Status:"));
    m_to->setAccessibleName(tr("Redirect target"));
    m_to->setPlaceholderText(tr("/new-page, /posts/{{params.slug}} or https://example.com/"));
    m_status->setAccessibleName(tr("Redirect status"));
    m_status->setToolTip(tr("301 or 308: moved for good (308 keeps the method); 302, 303 or "
                            "307: for now"));
    m_keepQuery->setText(tr("Keep the query string"));
}

void RedirectPage::load(const project::RouteConfig &route) {
    m_loading = true;
    setText(m_to, route.to);
    m_status->setValue(route.status.value_or(302));
    m_keepQuery->setChecked(route.keepQuery.value_or(false));
    m_loading = false;
}

void RedirectPage::store(project::RouteConfig &route, const QString &field) const {
    if (field == u"to")
        route.to = m_to->text().trimmed();
    else if (field == u"status")
        route.status = m_status->value();
    else if (field == u"keepQuery")
        route.keepQuery = m_keepQuery->isChecked();
}

StaticPage::StaticPage(QWidget *parent)
    : ActionPage(parent) {
    m_root = new QLineEdit(this);
    m_root->setObjectName(QStringLiteral("field_root"));
    connect(m_root, &QLineEdit::textEdited, this,
            [this] { Q_EMIT edited(QStringLiteral("root")); });
    auto *browse = new QPushButton(tr("Choose…"), this);
    browse->setObjectName(QStringLiteral("chooseRoot"));
    connect(browse, &QPushButton::clicked, this, &StaticPage::chooseFolder);
    m_rootRow = new QHBoxLayout;
    m_rootRow->addWidget(m_root, 1);
    m_rootRow->addWidget(browse);
    form()->addRow(QStringLiteral("root:"), m_rootRow);
    errors().add(form(), QStringLiteral("root"));
    m_maxAge = addSpin(QStringLiteral("maxAge"), 0, 315360000);
    m_immutable = addCheck(QStringLiteral("immutable"));
    m_listing = addCheck(QStringLiteral("listing"));
    m_spaFallback = addCheck(QStringLiteral("spaFallback"));
    retranslateUi();
}

void StaticPage::retranslateUi() {
    if (auto *label = qobject_cast<QLabel *>(form()->labelForField(m_rootRow)))
        label->setText(tr("Folder:"));
    setRowLabel(form(), m_maxAge, tr("Cache for:"));
    m_root->setAccessibleName(tr("Folder"));
    m_root->setPlaceholderText(tr("www (relative to the project file)"));
    m_maxAge->setAccessibleName(tr("Cache lifetime"));
    m_maxAge->setSuffix(tr(" s"));
    m_immutable->setText(tr("Immutable (files never change under their name)"));
    m_listing->setText(tr("List folders without an index.html"));
    m_spaFallback->setText(tr("Single-page app: unknown paths get index.html"));
}

void StaticPage::load(const project::RouteConfig &route) {
    m_loading = true;
    setText(m_root, route.root);
    m_maxAge->setValue(route.maxAge.value_or(0));
    m_immutable->setChecked(route.immutable.value_or(false));
    m_listing->setChecked(route.listing.value_or(false));
    m_spaFallback->setChecked(route.spaFallback.value_or(false));
    m_loading = false;
}

void StaticPage::store(project::RouteConfig &route, const QString &field) const {
    if (field == u"root")
        route.root = m_root->text().trimmed();
    else if (field == u"maxAge")
        route.maxAge = m_maxAge->value();
    else if (field == u"immutable")
        route.immutable = m_immutable->isChecked();
    else if (field == u"listing")
        route.listing = m_listing->isChecked();
    else if (field == u"spaFallback")
        route.spaFallback = m_spaFallback->isChecked();
}

void StaticPage::chooseFolder() {
    const QDir base(m_baseDir);
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder to serve"),
                                                             base.absoluteFilePath(m_root->text()));
    if (folder.isEmpty())
        return;
    // Relative to the project file when inside its folder, so the project moves as a whole.
    const QString relative = base.relativeFilePath(folder);
    m_root->setText(relative.startsWith(QStringLiteral("..")) ? folder : relative);
    Q_EMIT edited(QStringLiteral("root"));
}

ProxyPage::ProxyPage(QWidget *parent)
    : ActionPage(parent) {
    m_upstream = addLine(QStringLiteral("upstream"));
    m_stripPrefix = addCheck(QStringLiteral("stripPrefix"));
    m_changeOrigin = addCheck(QStringLiteral("changeOrigin"));
    retranslateUi();
}

void ProxyPage::retranslateUi() {
    setRowLabel(form(), m_upstream, tr("Upstream:"));
    m_upstream->setAccessibleName(tr("Upstream URL"));
    m_upstream->setPlaceholderText(tr("http://127.0.0.1:3000 (your app's dev server)"));
    m_stripPrefix->setText(tr("Strip the route's path before forwarding"));
    m_changeOrigin->setText(tr("Send the upstream's own Host header"));
}

void ProxyPage::load(const project::RouteConfig &route) {
    m_loading = true;
    setText(m_upstream, route.upstream);
    m_stripPrefix->setChecked(route.stripPrefix.value_or(false));
    m_changeOrigin->setChecked(route.changeOrigin.value_or(false));
    m_loading = false;
}

void ProxyPage::store(project::RouteConfig &route, const QString &field) const {
    if (field == u"upstream")
        route.upstream = m_upstream->text().trimmed();
    else if (field == u"stripPrefix")
        route.stripPrefix = m_stripPrefix->isChecked();
    else if (field == u"changeOrigin")
        route.changeOrigin = m_changeOrigin->isChecked();
}

// The spin boxes show RoomLimits' defaults for keys the file does not have, and write a key
// only when the user changes it; the ranges are the project reader's.
WebSocketPage::WebSocketPage(QWidget *parent)
    : ActionPage(parent)
    , m_text(new QLabel(this)) {
    m_text->setWordWrap(true);
    form()->addRow(m_text);
    m_rooms = addLine(QStringLiteral("rooms"));
    m_maxRooms = addSpin(QStringLiteral("maxRooms"), 1, 10'000);
    m_maxMessageBytes = addSpin(QStringLiteral("maxMessageBytes"), 128, 16 * 1024 * 1024);
    m_messagesPerSecond = addSpin(QStringLiteral("messagesPerSecond"), 0, 100'000);
    m_historySize = addSpin(QStringLiteral("historySize"), 0, 10'000);
    m_pingIntervalMs = addSpin(QStringLiteral("pingIntervalMs"), 1000, 3'600'000);
    m_pingIntervalMs->setSingleStep(1000);
    retranslateUi();
}

void WebSocketPage::retranslateUi() {
    m_text->setText(tr("Chat rooms over WebSocket: clients send {\"type\":\"join\", "
                       "\"room\":…, \"user\":…} and messages; every member of a room "
                       "receives them. History is kept in the data folder across restarts."));
    setRowLabel(form(), m_rooms, tr("Allowed rooms:"));
    m_rooms->setAccessibleName(tr("Allowed rooms"));
    m_rooms->setPlaceholderText(tr("any room; or a pattern such as team-* (* and ? wildcards)"));
    setRowLabel(form(), m_maxRooms, tr("Rooms per connection:"));
    m_maxRooms->setAccessibleName(tr("Rooms per connection"));
    setRowLabel(form(), m_maxMessageBytes, tr("Largest message:"));
    m_maxMessageBytes->setAccessibleName(tr("Largest message"));
    m_maxMessageBytes->setSuffix(tr(" bytes"));
    m_maxMessageBytes->setToolTip(tr("A larger message closes the connection (code 1009)"));
    setRowLabel(form(), m_messagesPerSecond, tr("Messages per second:"));
    m_messagesPerSecond->setAccessibleName(tr("Messages per second"));
    m_messagesPerSecond->setSpecialValueText(tr("unlimited"));
    setRowLabel(form(), m_historySize, tr("History per room:"));
    m_historySize->setAccessibleName(tr("History per room"));
    m_historySize->setSuffix(tr(" messages"));
    setRowLabel(form(), m_pingIntervalMs, tr("Ping a silent client after:"));
    m_pingIntervalMs->setAccessibleName(tr("Ping interval"));
    m_pingIntervalMs->setSuffix(tr(" ms"));
}

void WebSocketPage::load(const project::RouteConfig &route) {
    const realtime::RoomLimits defaults;
    m_loading = true;
    setText(m_rooms, route.rooms);
    m_maxRooms->setValue(route.maxRooms.value_or(defaults.maxRoomsPerConnection));
    m_maxMessageBytes->setValue(route.maxMessageBytes.value_or(defaults.maxMessageBytes));
    m_messagesPerSecond->setValue(route.messagesPerSecond.value_or(defaults.messagesPerSecond));
    m_historySize->setValue(route.historySize.value_or(defaults.historySize));
    m_pingIntervalMs->setValue(route.pingIntervalMs.value_or(defaults.pingIntervalMs));
    m_loading = false;
}

void WebSocketPage::store(project::RouteConfig &route, const QString &field) const {
    if (field == u"rooms") {
        // Empty means any room, which the file says by leaving the key out.
        const QString pattern = m_rooms->text().trimmed();
        route.rooms = pattern.isEmpty() ? std::nullopt : std::optional(pattern);
    } else if (field == u"maxRooms") {
        route.maxRooms = m_maxRooms->value();
    } else if (field == u"maxMessageBytes") {
        route.maxMessageBytes = m_maxMessageBytes->value();
    } else if (field == u"messagesPerSecond") {
        route.messagesPerSecond = m_messagesPerSecond->value();
    } else if (field == u"historySize") {
        route.historySize = m_historySize->value();
    } else if (field == u"pingIntervalMs") {
        route.pingIntervalMs = m_pingIntervalMs->value();
    }
}

} // namespace yard::ui
