#pragma once

#include <QPalette>

namespace yard::ui {

// The dark palette of the Dark theme (Fusion): every role of every group set, so nothing is
// inherited from whatever palette the application had before. Text on Base and Window keeps a
// contrast above 10:1; the status colours (StatusColors) are worked out against Base.
QPalette darkPalette();

// Whether `palette` reads as dark (light text on a dark window), for widgets that pick colours.
bool isDarkPalette(const QPalette &palette);

} // namespace yard::ui
