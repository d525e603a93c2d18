// oomlens-cli: the headless twin of the desktop program.
#include "command.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace oomlens::cli {

static QList<Command> &registry() {
    static QList<Command> list;
    return list;
}

const QList<Command> &commands() {
    return registry();
}

CommandRegistration::CommandRegistration(Command command) {
    registry().append(std::move(command));
}

} // namespace oomlens::cli

using namespace oomlens::cli;

static void printUsage(FILE *to) {
    QTextStream out(to);
    out << "Usage: oomlens-cli COMMAND [OPTIONS]\n\nCommands:\n";
    for (const Command &c : commands())
        out << "  " << QString::fromLatin1(c.name).leftJustified(20) << QString::fromUtf8(c.summary) << '\n';
    out << "\nRun 'oomlens-cli COMMAND --help' for the options of one command.\n"
        << "Exit codes: 0 ok, 1 error, 2 usage.\n";
}

int main(int argc, char **argv) {
    // With TZ unset, glibc's tzset() (run by every mktime(), which Qt's local-time conversions
    // call) stats /etc/localtime on each call to see whether it changed: thousands of system calls
    // for the wall-clock stamps of a big log. TZ=":/etc/localtime" names the same zone, read once.
    if (qEnvironmentVariableIsEmpty("TZ")) qputenv("TZ", ":/etc/localtime");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("oomlens-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OOMLENS_VERSION));

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        printUsage(args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    if (args.first() == QLatin1String("--version")) {
        std::printf("oomlens-cli %s\n", OOMLENS_VERSION);
        return ExitOk;
    }
    const QString name = args.takeFirst();
    for (const Command &c : commands()) {
        if (name == QLatin1String(c.name)) return c.run(args);
    }
    std::fprintf(stderr, "oomlens-cli: unknown command '%s'\n", qPrintable(name));
    printUsage(stderr);
    return ExitUsage;
}
