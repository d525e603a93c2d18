// SPDX-License-Identifier: GPL-2.0-or-later
// The process-launch boundary between OOM Lens and its privileged helper (app/oomlens-helper).
// Production goes through pkexec; tests replace this interface, and nothing else, with a double.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace oomlens {

// What came back from one helper run, before any interpretation.
struct HelperLaunch {
    enum class State {
        Finished,      // exited normally: exitCode and standardOutput are meaningful
        FailedToStart, // pkexec or the helper could not be executed (errorString says why)
        Crashed,       // killed by a signal
        TimedOut,      // no answer within the timeout (then killed)
    };
    State state = State::FailedToStart;
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError; // pkexec explains its refusals here (e.g. "Error getting authority")
    QString errorString;      // plain English, for FailedToStart/Crashed/TimedOut
};

class HelperLauncher {
public:
    virtual ~HelperLauncher() = default;
    // Runs the helper with exactly these arguments (PID STARTTIME VALUE) and waits for it.
    // Blocking: call it off the GUI thread (an authentication dialog may take minutes).
    virtual HelperLaunch run(const QStringList &requestArguments) = 0;
};

// `pkexec /usr/libexec/oomlens/oomlens-helper PID STARTTIME VALUE`.
// - pkexec is called by absolute path, no shell, no PATH lookup.
// - The helper is the installed one; only when that is absent (a development build) the one
//   beside this program in the build tree (<appdir>/../oomlens-helper/oomlens-helper). pkexec
//   then falls back to its generic action, which is fine for development.
// - When this process already runs as root, pkexec adds nothing: the helper is run directly.
// pkexec's own exit codes: 126 = the user dismissed the dialog, 127 = not authorised (or no
// polkit agent / no system bus, as in containers).
class PkexecHelperLauncher : public HelperLauncher {
public:
    static constexpr const char *kInstalledHelper = "/usr/libexec/oomlens/oomlens-helper";
    static constexpr const char *kPkexec = "/usr/bin/pkexec";

    HelperLaunch run(const QStringList &requestArguments) override;

    // The first existing executable of kInstalledHelper, then the build-tree path; empty if none.
    static QString helperPath();
    // Program and arguments for one run, exposed for tests: {program, arguments...}.
    static QStringList commandLine(const QString &helper, const QStringList &requestArguments,
                                   bool runningAsRoot);

    int timeoutMs = 10 * 60 * 1000; // generous: a person may be typing a password
};

} // namespace oomlens
