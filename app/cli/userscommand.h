#pragma once

#include <QStringList>

namespace yard::app {

// `yardmaster users add NAME --password PW|- [--data-dir DIR]`, `users list [--data-dir DIR]`,
// `users remove NAME [--data-dir DIR]`: the data folder's sign-in users (CONTRACT.md, "Sessions
// and sign-in"). `--password -` reads the password from the first line of stdin, so it stays out
// of the shell's history and the process list. Exit 0 done, 1 failed, 2 usage.
class UsersCommand final {
public:
    static int run(const QStringList &args);
};

} // namespace yard::app
