#pragma once

#include <QTemporaryDir>
#include <QTest>

namespace ow::test {

// A temporary folder that fails the test if it cannot be made.
inline QString makeTempDir(QTemporaryDir &dir)
{
    if (!dir.isValid())
        qFatal("cannot create a temporary directory");
    return dir.path();
}

} // namespace ow::test
