// The regression runner: the same fuzz target built without libFuzzer (gcc, the `default` and
// `asan` presets). Runs every file under each argument (a directory, recursively, or one file)
// through LLVMFuzzerTestOneInput(); a target reports a broken invariant by aborting, so a crash,
// a sanitizer report or an oracle disagreement fails the ctest test and names the input.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace {

std::vector<std::uint8_t> readBytes(const std::filesystem::path &file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

int main(int argc, char **argv) {
    namespace fs = std::filesystem;
    std::vector<fs::path> inputs;
    for (int i = 1; i < argc; ++i) {
        const fs::path arg(argv[i]);
        if (fs::is_regular_file(arg)) {
            inputs.push_back(arg);
        } else if (fs::is_directory(arg)) {
            for (const auto &entry : fs::recursive_directory_iterator(arg))
                if (entry.is_regular_file()) inputs.push_back(entry.path());
        } else {
            // A misspelt corpus path must not pass as "nothing to run".
            std::fprintf(stderr, "no such file or directory: %s\n", argv[i]);
            return 2;
        }
    }
    if (inputs.empty()) {
        std::fprintf(stderr, "no inputs\n");
        return 2;
    }
    std::sort(inputs.begin(), inputs.end());
    for (const fs::path &file : inputs) {
        // Named before it runs: if it crashes, the last line says which input did it.
        std::fprintf(stderr, "%s\n", file.c_str());
        std::fflush(stderr);
        std::vector<std::uint8_t> bytes = readBytes(file);
        // An exact-size heap copy: a read past the end is caught by ASan, as under libFuzzer.
        std::unique_ptr<std::uint8_t[]> exact(new std::uint8_t[bytes.size() ? bytes.size() : 1]);
        std::copy(bytes.begin(), bytes.end(), exact.get());
        LLVMFuzzerTestOneInput(exact.get(), bytes.size());
    }
    std::printf("%zu inputs, no finding\n", inputs.size());
    return 0;
}
