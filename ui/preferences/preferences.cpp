#include "preferences.h"

#include <QCoreApplication>
#include <QSettings>
#include <limits>

namespace yard::ui {

namespace {
const QString Ask = QStringLiteral("ask");
const QString KeepInTray = QStringLiteral("tray");
const QString Stop = QStringLiteral("stop");

QString keyOf(const char *key) {
    return QLatin1String(key);
}
} // namespace

Preferences::Preferences(QObject *parent)
    : QObject(parent) {}

Preferences *Preferences::instance() {
    auto *app = QCoreApplication::instance();
    Q_ASSERT(app);
    if (auto *existing = app->findChild<Preferences *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new Preferences(app);
}

bool Preferences::startServersOnLaunch() const {
    return QSettings().value(keyOf(StartServersKey), false).toBool();
}

void Preferences::setStartServersOnLaunch(bool on) {
    if (on == startServersOnLaunch())
        return;
    QSettings().setValue(keyOf(StartServersKey), on);
    Q_EMIT changed();
}

LogDefaults Preferences::logDefaults() const {
    QSettings settings;
    // A hand-edited settings file must not turn into a negative (or absurd) limit.
    LogDefaults defaults;
    defaults.maxRows =
        qBound(0, settings.value(keyOf(LogMaxRowsKey), 0).toInt(), std::numeric_limits<int>::max());
    defaults.maxAgeDays =
        qBound(0, settings.value(keyOf(LogMaxAgeDaysKey), 0).toInt(), MaxAgeDaysLimit);
    return defaults;
}

void Preferences::setLogDefaults(const LogDefaults &defaults) {
    if (defaults == logDefaults())
        return;
    QSettings settings;
    settings.setValue(keyOf(LogMaxRowsKey), defaults.maxRows);
    settings.setValue(keyOf(LogMaxAgeDaysKey), defaults.maxAgeDays);
    Q_EMIT changed();
}

CloseAction Preferences::closeAction() const {
    const QString value = QSettings().value(keyOf(CloseActionKey)).toString();
    if (value == KeepInTray)
        return CloseAction::KeepInTray;
    if (value == Stop)
        return CloseAction::Stop;
    return CloseAction::Ask;
}

void Preferences::setCloseAction(CloseAction action) {
    if (action == closeAction())
        return;
    const QString value = action == CloseAction::KeepInTray ? KeepInTray
                          : action == CloseAction::Stop     ? Stop
                                                            : Ask;
    QSettings().setValue(keyOf(CloseActionKey), value);
    Q_EMIT changed();
}

} // namespace yard::ui
