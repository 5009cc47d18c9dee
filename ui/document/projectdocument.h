#pragma once

#include "project/projecterror.h"
#include "project/projectmodel.h"

#include <QObject>
#include <QString>

class QUndoStack;

namespace yard::ui {

// What an undo step restores: the project and a stable id per server (parallel to
// project.servers), so running servers keep their identity when servers are added, removed or
// reordered.
struct DocumentState {
    project::Project project;
    QList<int> serverIds;
    friend bool operator==(const DocumentState &, const DocumentState &) = default;
};

// The open project: its file, its undo history and the rule that every edit passes the same
// checks as `yardmaster check` before it is taken. GUI thread only.
class ProjectDocument final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectDocument)

public:
    explicit ProjectDocument(QObject *parent = nullptr);
    ~ProjectDocument() override;

    const DocumentState &state() const { return m_state; }
    const project::Project &project() const { return m_state.project; }
    int serverCount() const { return int(m_state.project.servers.size()); }
    int serverId(int row) const;
    int rowOfServer(int id) const; // -1 when that server is gone
    const project::ServerConfig *server(int id) const;

    QString path() const { return m_path; }
    // Relative paths in the project resolve here: the project file's folder.
    QString baseDir() const;
    QUndoStack *undoStack() const { return m_undo; }
    bool isModified() const;

    // Replaces the project with the file's; on errors keeps the current one and returns them.
    project::ProjectErrors load(const QString &path);
    // Writes the project (atomically) and makes `path` the document's file; returns why not.
    QString saveAs(const QString &path);

    // What `yardmaster check` would say about `candidate`, saved next to this document.
    project::ProjectErrors check(const project::Project &candidate) const;
    // Takes `candidate` as one undo step if it passes check(); otherwise changes nothing and
    // returns the errors. Consecutive edits with the same `mergeKey` (not -1) form one step,
    // so typing a path is undone as a whole.
    project::ProjectErrors edit(const DocumentState &candidate, const QString &description,
                                int mergeKey = -1);
    project::ProjectErrors editServer(int id, const project::ServerConfig &server,
                                      const QString &description, int mergeKey = -1);
    int newServerId() { return m_nextId++; }

    static int mergeKeyFor(int serverId, int routeRow, QStringView field);

Q_SIGNALS:
    // The state changed: an edit, an undo or redo, or a load.
    void changed();
    // A different file (or none) is now open; the undo history starts afresh.
    void reset();
    void pathChanged(const QString &path);

private:
    friend class DocumentEdit;
    void setState(const DocumentState &state);

    DocumentState m_state;
    QString m_path;
    QUndoStack *m_undo = nullptr;
    int m_nextId = 1;
};

} // namespace yard::ui
