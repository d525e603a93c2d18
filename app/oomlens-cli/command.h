// The CLI's sub-commands register themselves here, so each lives in its own file
// and main() needs no list of them.
#pragma once

#include <QStringList>

#include <functional>

namespace oomlens::cli {

// The documented exit codes of oomlens-cli.
enum ExitCode : int { ExitOk = 0, ExitError = 1, ExitUsage = 2 };

struct Command {
    const char *name;
    const char *summary;
    // Receives the arguments after the command name; returns an ExitCode.
    std::function<int(const QStringList &args)> run;
};

const QList<Command> &commands();

// A file-scope instance of this adds a command before main() runs.
struct CommandRegistration {
    explicit CommandRegistration(Command command);
};

} // namespace oomlens::cli
