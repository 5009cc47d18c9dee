#pragma once

class QWidget;

namespace yard::ui {

// What closing the main window does: hide it (the servers keep running in the tray), quit (they
// stop), or nothing (the user cancelled).
enum class CloseChoice { Hide, Quit, Cancel };

// Decides from the preference (Preferences::closeAction) while `runningServers` run and there is
// a tray; asks — "Keep the servers running in the tray?", with "Don't ask again", which saves
// the answer as the preference — when it says Ask. Without a tray or running servers closing is
// quitting, and nothing asks.
CloseChoice chooseOnClose(QWidget *window, bool hasTray, int runningServers);

} // namespace yard::ui
