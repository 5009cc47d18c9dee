#pragma once

#include <QString>

namespace yard::ui {

// One readable line for a logged WebSocket or SSE payload: a frame of the chat protocol
// (CONTRACT.md) says who said what ("ada: hello", "bob joined", "join as ada"); anything else is
// the payload itself on one line. The full preview stays in the tooltip. Pure; any thread.
QString summarizeMessage(const QString &preview);

// "→ in" (client to server) or "← out", as the timeline and a conversation name a direction.
QString directionLabel(bool out);

} // namespace yard::ui
