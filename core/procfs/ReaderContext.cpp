#include "ReaderContext.h"

namespace oomlens::detail {

bool ReaderContext::read(QByteArrayView path, bool essential, unsigned quietKinds, SourceError *error) {
    SourceError e = source.read(path, buffer);
    if (e.ok()) {
        if (error) *error = {};
        return true;
    }
    if (!(quietKinds & quiet(e.kind)))
        snapshot.addProblem(e.path, 0, e.reason, essential);
    else if (essential)
        snapshot.partial = true;
    if (error) *error = std::move(e);
    return false;
}

} // namespace oomlens::detail
