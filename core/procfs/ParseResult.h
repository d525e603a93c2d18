// What every parser returns: a typed value, or nothing, plus the problems it met on the way.
//
// Parsers are pure: bytes in, ParseResult out. They never open files and never print. A parser
// skips a malformed line it can do without (and records an issue with its line number), marks the
// value `truncated` when the input was cut off and only part of it could be read, and returns no
// value at all when nothing usable was found.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace oomlens {

struct ParseIssue {
    int line = 0; // 1-based; 0 = the whole input
    QString reason;

    friend bool operator==(const ParseIssue &, const ParseIssue &) = default;
};

template <typename T> struct ParseResult {
    std::optional<T> value;
    QList<ParseIssue> issues;
    bool truncated = false; // value holds only what came before the cut

    bool ok() const { return value.has_value(); }
    const T &operator*() const { return *value; }
    const T *operator->() const { return &*value; }

    static ParseResult failure(int line, QString reason) {
        ParseResult r;
        r.issues.append({line, std::move(reason)});
        return r;
    }
};

} // namespace oomlens
