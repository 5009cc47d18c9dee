#include "httpnames.h"

#include <algorithm>

namespace yard::project {

bool isHttpTokenChar(QChar c) {
    const char16_t u = c.unicode();
    const bool alnum =
        (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return alnum || QStringView(u"!#$%&'*+-.^_`|~").contains(c);
}

bool isHttpToken(QStringView text) {
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isHttpTokenChar);
}

bool isComputedResponseHeader(QStringView name) {
    for (const char16_t *computed :
         {u"content-length", u"transfer-encoding", u"connection", u"date"}) {
        if (name.compare(QStringView(computed), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace yard::project
