#pragma once

#include <QColor>
#include <QIcon>

namespace yard::ui {

// The timeline's type icons, drawn rather than shipped so they take the palette's colours: a
// request is a square, a WebSocket message a circle, an SSE event a downward triangle (a
// stream); an event's colour is its direction's. GUI thread (pixmaps).
class KindIcons final {
public:
    enum Shape { Square, Circle, Triangle };

    // An icon of `shape` in `color`, `size` pixels square (cached per shape, colour and size).
    static QIcon icon(Shape shape, const QColor &color, int size = 10);
};

} // namespace yard::ui
