#include "projectdocument.h"

#include "project/projectfile.h"
#include "project/projectreader.h"
#include "project/projectwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QUndoCommand>
#include <QUndoStack>

namespace yard::ui {

// One undo step: the whole state before and after. Projects are small values with implicitly
// shared strings, so a copy per step is cheap and undo can never drift from redo.
class DocumentEdit final : public QUndoCommand {
public:
    DocumentEdit(ProjectDocument *document, DocumentState after, const QString &text, int key)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(document->state())
        , m_after(std::move(after))
        , m_key(key) {}

    void undo() override { m_document->setState(m_before); }
    void redo() override { m_document->setState(m_after); }
    int id() const override { return m_key; }
    bool mergeWith(const QUndoCommand *other) override {
        m_after = static_cast<const DocumentEdit *>(other)->m_after;
        return true;
    }

private:
    ProjectDocument *m_document;
    DocumentState m_before;
    DocumentState m_after;
    int m_key;
};

ProjectDocument::ProjectDocument(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this)) {}

ProjectDocument::~ProjectDocument() = default;

int ProjectDocument::serverId(int row) const {
    return row >= 0 && row < m_state.serverIds.size() ? m_state.serverIds[row] : -1;
}

int ProjectDocument::rowOfServer(int id) const {
    return int(m_state.serverIds.indexOf(id));
}

const project::ServerConfig *ProjectDocument::server(int id) const {
    const int row = rowOfServer(id);
    return row < 0 ? nullptr : &m_state.project.servers[row];
}

QString ProjectDocument::baseDir() const {
    return m_path.isEmpty() ? QDir::currentPath() : QFileInfo(m_path).absolutePath();
}

bool ProjectDocument::isModified() const {
    return !m_undo->isClean();
}

project::ProjectErrors ProjectDocument::load(const QString &path) {
    const project::ProjectReadResult result = project::ProjectFile::load(path);
    if (!result.project)
        return result.errors;
    DocumentState state{*result.project, {}};
    for (qsizetype i = 0; i < state.project.servers.size(); ++i)
        state.serverIds.append(newServerId());
    m_undo->clear();
    m_path = QFileInfo(path).absoluteFilePath();
    Q_EMIT pathChanged(m_path);
    setState(state);
    Q_EMIT reset();
    return {};
}

QString ProjectDocument::saveAs(const QString &path) {
    const QString error = project::ProjectFile::save(path, m_state.project);
    if (!error.isEmpty())
        return error;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute != m_path) {
        m_path = absolute;
        Q_EMIT pathChanged(m_path);
    }
    m_undo->setClean();
    return {};
}

project::ProjectErrors ProjectDocument::check(const project::Project &candidate) const {
    // The same reader as `yardmaster check`, over the same bytes a save would write, so the
    // window can never accept what the command line refuses, nor word it differently.
    return project::ProjectReader::read(project::ProjectWriter::write(candidate), baseDir()).errors;
}

project::ProjectErrors ProjectDocument::edit(const DocumentState &candidate,
                                             const QString &description, int mergeKey) {
    if (candidate == m_state)
        return {};
    project::ProjectErrors errors = check(candidate.project);
    if (errors.isEmpty())
        m_undo->push(new DocumentEdit(this, candidate, description, mergeKey));
    return errors;
}

project::ProjectErrors ProjectDocument::editServer(int id, const project::ServerConfig &server,
                                                   const QString &description, int mergeKey) {
    const int row = rowOfServer(id);
    if (row < 0)
        return {};
    DocumentState candidate = m_state;
    candidate.project.servers[row] = server;
    return edit(candidate, description, mergeKey);
}

int ProjectDocument::mergeKeyFor(int serverId, int routeRow, QStringView field) {
    const size_t hash = qHash(field, size_t(serverId) * 1000003u + size_t(routeRow));
    return int(hash & 0x3fffffff);
}

void ProjectDocument::setState(const DocumentState &state) {
    m_state = state;
    Q_EMIT changed();
}

} // namespace yard::ui
