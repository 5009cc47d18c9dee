#include "savedfilters.h"

#include "logfilterbar.h"

#include <QCollator>
#include <QInputDialog>
#include <QMenu>
#include <QSettings>
#include <QToolButton>
#include <algorithm>

namespace yard::ui {

namespace {
const QString Group = QStringLiteral("log/savedFilters");

// QSettings keys cannot hold '/' or '\' as text: a name is stored as a key of its own in hex.
QString keyOf(const QString &name) {
    return QString::fromLatin1(name.toUtf8().toHex());
}

QString nameOf(const QString &key) {
    return QString::fromUtf8(QByteArray::fromHex(key.toLatin1()));
}
} // namespace

SavedFilters::SavedFilters(LogFilterBar *bar, QObject *parent)
    : QObject(parent)
    , m_bar(bar) {
    m_button = new QToolButton(bar);
    m_button->setObjectName(QStringLiteral("logSavedFilters"));
    m_button->setText(tr("Saved"));
    m_button->setAccessibleName(tr("Saved filters"));
    m_button->setToolTip(tr("Save this filter under a name, or pick one saved before"));
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_menu = new QMenu(m_button);
    m_button->setMenu(m_menu);
    // Built when opened: another window may have saved one meanwhile.
    connect(m_menu, &QMenu::aboutToShow, this, &SavedFilters::rebuildMenu);
    rebuildMenu();
}

SavedFilters::~SavedFilters() = default;

QStringList SavedFilters::names() {
    QSettings settings;
    settings.beginGroup(Group);
    QStringList names;
    for (const QString &key : settings.childKeys())
        names.append(nameOf(key));
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(names.begin(), names.end(), collator);
    return names;
}

QVariantMap SavedFilters::load(const QString &name) {
    QSettings settings;
    return settings.value(Group + u'/' + keyOf(name)).toMap();
}

void SavedFilters::save(const QString &name, const QVariantMap &state) {
    QSettings settings;
    settings.setValue(Group + u'/' + keyOf(name), state);
}

void SavedFilters::remove(const QString &name) {
    QSettings settings;
    settings.remove(Group + u'/' + keyOf(name));
}

bool SavedFilters::saveCurrent(const QString &name) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return false;
    save(trimmed, m_bar->state());
    return true;
}

bool SavedFilters::apply(const QString &name) {
    if (!names().contains(name))
        return false;
    m_bar->setState(load(name));
    return true;
}

void SavedFilters::rebuildMenu() {
    m_menu->clear();
    const QStringList saved = names();
    for (const QString &name : saved)
        m_menu->addAction(name, this, [this, name] { apply(name); });
    if (saved.isEmpty())
        m_menu->addAction(tr("No saved filters"))->setEnabled(false);
    m_menu->addSeparator();
    m_menu->addAction(tr("Save Current Filter…"), this, &SavedFilters::askAndSave);
    QMenu *remove = m_menu->addMenu(tr("Delete Saved Filter"));
    remove->setEnabled(!saved.isEmpty());
    for (const QString &name : saved)
        remove->addAction(name, this, [name] { SavedFilters::remove(name); });
}

void SavedFilters::askAndSave() {
    bool ok = false;
    const QString name = QInputDialog::getText(m_bar, tr("Save Filter"), tr("Name:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok)
        saveCurrent(name);
}

} // namespace yard::ui
