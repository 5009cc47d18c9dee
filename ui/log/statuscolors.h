#pragma once

#include <QColor>

class QPalette;

namespace yard::ui {

// Colours for HTTP status classes that stay readable on the palette they are drawn on: each
// class keeps its hue (1xx grey-violet, 2xx green, 3xx blue, 4xx amber, 5xx red) and its
// lightness is pushed away from the background until the text reaches WCAG AA contrast (4.5:1),
// so the same code serves light and dark palettes. Pure functions; any thread.
class StatusColors final {
public:
    static constexpr double MinimumContrast = 4.5;

    // Text colour for `status` on `background`; invalid QColor for a status outside 100–599.
    static QColor text(int status, const QColor &background);
    // A faint tint of the class's hue over `background` for a whole row (4xx and 5xx only, so
    // errors stand out without turning the table into a rainbow); invalid for other classes.
    static QColor rowTint(int status, const QColor &background);
    // A message's direction on `background`: in (client to server) takes the hue of 3xx, out
    // that of 1xx — hues no message row is tinted with.
    static QColor direction(bool out, const QColor &background);
    // WCAG 2.x contrast ratio of two colours, 1 to 21.
    static double contrast(const QColor &a, const QColor &b);
    // The background the view paints rows on.
    static QColor background(const QPalette &palette);
};

} // namespace yard::ui
