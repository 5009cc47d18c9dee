#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QWidget;

namespace yard::ui {

class ProjectDocument;

// Open, Open Recent, Save and Save As for the window's document, with the dialogs they need
// and the recent list kept in QSettings. GUI thread only.
class ProjectFileActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectFileActions)

public:
    static constexpr int MaxRecent = 8;

    ProjectFileActions(ProjectDocument *document, QWidget *window);

    QAction *openAction() const { return m_open; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QMenu *recentMenu() const { return m_recent; }

    // Loads `path`; errors are shown in a dialog (with every `yardmaster check` line).
    bool open(const QString &path);
    bool save();
    bool saveAs();
    // Asks what to do with unsaved changes; false when the user cancels.
    bool maybeSave();
    QStringList recentFiles() const;
    void retranslateUi();

private:
    void chooseAndOpen();
    void updateActions();
    void remember(const QString &path);
    void rebuildRecentMenu();

    ProjectDocument *m_document;
    QWidget *m_window;
    QAction *m_open;
    QAction *m_save;
    QAction *m_saveAs;
    QMenu *m_recent;
};

} // namespace yard::ui
