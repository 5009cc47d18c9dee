#pragma once

#include <QObject>
#include <QStringList>
#include <QVariantMap>

class QMenu;
class QToolButton;

namespace yard::ui {

class LogFilterBar;

// Named log filters the user saved, kept in QSettings (group "log/savedFilters", one entry per
// name holding LogFilterBar::state()), and the filter bar's "Saved" button: pick a name to set
// its filter again, save the current one, or delete one. GUI thread only.
class SavedFilters final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedFilters)

public:
    explicit SavedFilters(LogFilterBar *bar, QObject *parent = nullptr);
    ~SavedFilters() override;

    // The button that opens the menu; owned by the bar.
    QToolButton *button() const { return m_button; }

    // Sorted, as the menu lists them.
    static QStringList names();
    static QVariantMap load(const QString &name);
    // Saving under a name that exists replaces it.
    static void save(const QString &name, const QVariantMap &state);
    static void remove(const QString &name);

    // Saves the bar's current filter; false for an empty name.
    bool saveCurrent(const QString &name);
    // Sets the bar to a saved filter; false when there is none of that name.
    bool apply(const QString &name);

private:
    void rebuildMenu();
    void askAndSave();

    LogFilterBar *m_bar;
    QToolButton *m_button = nullptr;
    QMenu *m_menu = nullptr;
};

} // namespace yard::ui
