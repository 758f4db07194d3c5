// The fuzzers' corpora run in ctest (fuzz.*) with the ordinary builds: every file of a harness's
// corpus (seeds taken from real server answers, plus each input that once found a bug) is passed
// to the same LLVMFuzzerTestOneInput that libFuzzer calls in the fuzz preset. A crash, a sanitizer
// report (in the ASan build) or a broken property fails the test.
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

int main(int argc, char *argv[])
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    int inputs = 0;
    const auto replay = [&inputs](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        const QByteArray data = file.readAll();
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
        ++inputs;
        return true;
    };
    // Directories (a corpus) or single files (a finding), as libFuzzer takes them.
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(argument).isFile() && !replay(argument))
            return 2;
        QDirIterator files(argument, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            if (!replay(files.next()))
                return 2;
        }
    }
    std::printf("replayed %d inputs\n", inputs);
    return inputs > 0 ? 0 : 1;
}
