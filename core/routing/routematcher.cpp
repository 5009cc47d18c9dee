#include "routematcher.h"

#include <QList>
#include <algorithm>

namespace yard::routing {

namespace {
bool methodAllows(const QByteArray &routeMethod, QByteArrayView method) {
    // RFC 9110 §9.3.2: a GET resource answers HEAD too.
    return routeMethod.isEmpty() || routeMethod == method ||
           (method == "HEAD" && routeMethod == "GET");
}
} // namespace

// The state of one match: the best (lowest-index) route found so far, and the capture values
// along the trie branch being explored.
struct RouteMatcher::Search {
    QByteArrayView method;
    QByteArrayView path;
    QVarLengthArray<QByteArrayView, 8> values; // captures of the current branch
    QVarLengthArray<QByteArrayView, 8> bestValues;
    QByteArrayView bestRest;
    int best = INT32_MAX;
    bool pathMatched = false;
};

int RouteMatcher::child(int node, const QByteArray &segment) {
    const bool isCapture = segment.startsWith(':');
    int next = isCapture ? m_nodes[std::size_t(node)].capture : -1;
    if (!isCapture) {
        const auto &literals = m_nodes[std::size_t(node)].literals;
        const auto found = literals.find(std::string_view(segment.constData(), segment.size()));
        next = found == literals.end() ? -1 : found->second;
    }
    if (next >= 0)
        return next;
    next = int(m_nodes.size());
    m_nodes.emplace_back();
    if (isCapture)
        m_nodes[std::size_t(node)].capture = next;
    else
        m_nodes[std::size_t(node)].literals.emplace(segment.toStdString(), next);
    return next;
}

void RouteMatcher::add(const QByteArray &method, const QString &pattern, bool mount) {
    const int index = int(m_routes.size());
    Route route;
    route.method = method;
    const QByteArray bytes = pattern.toUtf8();
    const bool trailingSlash = bytes.size() > 1 && bytes.endsWith('/');
    int node = 0;
    std::vector<int> path{0};
    for (const QByteArray &segment : bytes.mid(1).split('/')) {
        if (segment.isEmpty())
            continue;
        if (segment == "*") {
            route.hasRest = true;
            break;
        }
        if (segment.startsWith(':'))
            route.captureNames.push_back(segment.mid(1));
        node = child(node, segment);
        path.push_back(node);
    }
    Node &end = m_nodes[std::size_t(node)];
    if (route.hasRest || mount) {
        route.hasRest = true;
        end.rests.push_back(index);
    } else {
        (trailingSlash ? end.endsWithSlash : end.ends).push_back(index);
    }
    for (int visited : path)
        m_nodes[std::size_t(visited)].minRoute =
            std::min(m_nodes[std::size_t(visited)].minRoute, index);
    m_routes.push_back(std::move(route));
}

void RouteMatcher::consider(Search &state, const std::vector<int> &routes,
                            qsizetype restFrom) const {
    for (int index : routes) {
        if (index >= state.best)
            return; // sorted: nothing better follows
        if (!methodAllows(m_routes[std::size_t(index)].method, state.method)) {
            state.pathMatched = true;
            continue;
        }
        state.best = index;
        state.bestValues = state.values;
        state.bestRest = restFrom >= 0 && restFrom < state.path.size() ? state.path.sliced(restFrom)
                                                                       : QByteArrayView();
        return;
    }
}

// `position` is just after a '/', at the start of the next segment.
void RouteMatcher::search(Search &state, int nodeIndex, qsizetype position) const {
    const Node &node = m_nodes[std::size_t(nodeIndex)];
    if (node.minRoute >= state.best)
        return; // nothing below can beat the route already found
    consider(state, node.rests, position);
    const qsizetype size = state.path.size();
    if (position >= size) {
        consider(state, node.ends, -1);
        return;
    }
    qsizetype end = state.path.indexOf('/', position);
    if (end < 0)
        end = size;
    const QByteArrayView segment = state.path.sliced(position, end - position);
    if (segment.isEmpty())
        return; // "//": no pattern has empty segments
    const auto literal = node.literals.find(std::string_view(segment.data(), segment.size()));
    const auto descend = [&](int next) {
        const Node &child = m_nodes[std::size_t(next)];
        if (end + 1 == size) // the path ends with this segment and a '/'

            consider(state, child.endsWithSlash, -1);
        search(state, next, end + 1);
    };
    if (literal != node.literals.end())
        descend(literal->second);
    if (node.capture >= 0) {
        state.values.append(segment);
        descend(node.capture);
        state.values.removeLast();
    }
}

RouteMatcher::Match RouteMatcher::match(QByteArrayView method, QByteArrayView path,
                                        PathParams &params) const {
    Search state;
    state.method = method;
    state.path = path;
    if (path.startsWith('/'))
        search(state, 0, 1);
    if (state.best == INT32_MAX)
        return {-1, state.pathMatched};
    const Route &route = m_routes[std::size_t(state.best)];
    for (qsizetype i = 0; i < state.bestValues.size(); ++i)
        params.append({route.captureNames[std::size_t(i)], state.bestValues[i]});
    if (route.hasRest)
        params.append({QByteArrayView("rest"), state.bestRest});
    return {state.best, false};
}

} // namespace yard::routing
