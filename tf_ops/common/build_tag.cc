// A string the Python loader reads from the file (without loading it) to report which
// TensorFlow this library was compiled against when loading fails or versions differ.
#include "tf_build_version.h"

extern "C" __attribute__((used, visibility("default"))) const char lightseq_tf_build_tag[] =
    "lightseq_tf built for TensorFlow " LIGHTSEQ_TF_BUILT_FOR ";";
