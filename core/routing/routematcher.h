#pragma once

#include "pathparams.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace yard::routing {

// Finds the first route (in the project's order) whose method and path pattern match a request.
// Patterns are compiled into a trie of path segments, so the work per request grows with the
// path's depth and the patterns that share its prefix, not with the number of routes. Immutable
// after construction; any number of threads may match at once.
class RouteMatcher final {
public:
    struct Match {
        int route = -1;           // index given to add(), -1 when none matches
        bool pathMatched = false; // some route matched the path but not the method (405)
    };

    // Routes must be added in priority order. `method` empty = any; `mount` = the pattern also
    // matches everything below it (static folders, proxies), as if it ended in "/*".
    void add(const QByteArray &method, const QString &pattern, bool mount);

    Match match(QByteArrayView method, QByteArrayView path, PathParams &params) const;

    int size() const { return int(m_routes.size()); }

private:
    struct StringHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const {
            return std::hash<std::string_view>()(text);
        }
    };
    struct Node {
        std::unordered_map<std::string, int, StringHash, std::equal_to<>> literals;
        int capture = -1;               // child for a ":name" segment
        std::vector<int> ends;          // routes ending exactly here
        std::vector<int> endsWithSlash; // routes ending here with a trailing "/"
        std::vector<int> rests;         // routes ending here with "*" (any remainder)
        int minRoute = INT32_MAX;       // smallest route index below this node, for pruning
    };
    struct Route {
        QByteArray method;
        std::vector<QByteArray> captureNames; // in path order; "rest" for "*"
        bool hasRest = false;
    };
    struct Search;

    int child(int node, const QByteArray &segment);
    void search(Search &state, int node, qsizetype position) const;
    void consider(Search &state, const std::vector<int> &routes, qsizetype restFrom) const;

    std::vector<Node> m_nodes{Node()};
    std::vector<Route> m_routes;
};

} // namespace yard::routing
