#include "projectfileactions.h"

#include "document/projectdocument.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QUndoStack>

namespace yard::ui {

namespace {
const QString RecentKey = QStringLiteral("project/recent");
const QString LastKey = QStringLiteral("project/last");
} // namespace

ProjectFileActions::ProjectFileActions(ProjectDocument *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_open(new QAction(QIcon(QStringLiteral(":/icons/open.svg")), QString(), this))
    , m_save(new QAction(QIcon(QStringLiteral(":/icons/save.svg")), QString(), this))
    , m_saveAs(new QAction(this))
    , m_recent(new QMenu(window)) {
    m_open->setObjectName(QStringLiteral("actionOpen"));
    m_open->setShortcut(QKeySequence::Open);
    m_save->setObjectName(QStringLiteral("actionSave"));
    m_save->setShortcut(QKeySequence::Save);
    m_saveAs->setObjectName(QStringLiteral("actionSaveAs"));
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    m_recent->setObjectName(QStringLiteral("menuRecent"));
    connect(m_open, &QAction::triggered, this, &ProjectFileActions::chooseAndOpen);
    connect(m_save, &QAction::triggered, this, &ProjectFileActions::save);
    connect(m_saveAs, &QAction::triggered, this, &ProjectFileActions::saveAs);
    connect(document->undoStack(), &QUndoStack::cleanChanged, this,
            &ProjectFileActions::updateActions);
    connect(document, &ProjectDocument::changed, this, &ProjectFileActions::updateActions);
    retranslateUi();
    updateActions();
}

void ProjectFileActions::updateActions() {
    const bool hasProject = m_document->serverCount() > 0;
    m_save->setEnabled(hasProject && (m_document->isModified() || m_document->path().isEmpty()));
    m_saveAs->setEnabled(hasProject);
}

void ProjectFileActions::retranslateUi() {
    m_open->setText(tr("&Open…"));
    m_save->setText(tr("&Save"));
    m_saveAs->setText(tr("Save &As…"));
    m_recent->setTitle(tr("Open &Recent"));
    rebuildRecentMenu();
}

bool ProjectFileActions::open(const QString &path) {
    if (!maybeSave())
        return false;
    const project::ProjectErrors errors = m_document->load(path);
    if (!errors.isEmpty()) {
        QStringList lines;
        for (const project::ProjectError &error : errors)
            lines.append(error.toString(QFileInfo(path).fileName()));
        QMessageBox box(QMessageBox::Warning, tr("Cannot open project"),
                        tr("%1 has %n error(s) and was not opened.", nullptr, int(errors.size()))
                            .arg(QFileInfo(path).fileName()),
                        QMessageBox::Ok, m_window);
        box.setDetailedText(lines.join(u'\n'));
        box.exec();
        return false;
    }
    remember(m_document->path());
    return true;
}

bool ProjectFileActions::save() {
    if (m_document->path().isEmpty())
        return saveAs();
    const QString error = m_document->saveAs(m_document->path());
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Cannot save project"), error);
        return false;
    }
    return true;
}

bool ProjectFileActions::saveAs() {
    QString path =
        QFileDialog::getSaveFileName(m_window, tr("Save project as"), m_document->path(),
                                     tr("Yardmaster projects (*.yard.json);;JSON files (*.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".json")))
        path += QStringLiteral(".yard.json");
    const QString error = m_document->saveAs(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Cannot save project"), error);
        return false;
    }
    remember(m_document->path());
    return true;
}

bool ProjectFileActions::maybeSave() {
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        m_window, tr("Unsaved changes"),
        tr("%1 has changes that are not saved. Save them?")
            .arg(QFileInfo(m_document->path()).fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

QStringList ProjectFileActions::recentFiles() const {
    return QSettings().value(RecentKey).toStringList();
}

void ProjectFileActions::chooseAndOpen() {
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open project"), QFileInfo(m_document->path()).absolutePath(),
        tr("Yardmaster projects (*.yard.json);;JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        open(path);
}

void ProjectFileActions::remember(const QString &path) {
    QSettings settings;
    QStringList recent = settings.value(RecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    settings.setValue(RecentKey, recent);
    settings.setValue(LastKey, path);
    rebuildRecentMenu();
}

void ProjectFileActions::rebuildRecentMenu() {
    m_recent->clear();
    const QStringList recent = recentFiles();
    for (const QString &path : recent) {
        QAction *action =
            m_recent->addAction(QFileInfo(path).fileName(), this, [this, path] { open(path); });
        action->setToolTip(path);
    }
    m_recent->setEnabled(!recent.isEmpty());
}

} // namespace yard::ui
