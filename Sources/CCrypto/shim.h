#ifndef DOCKET_CCRYPTO_SHIM_H
#define DOCKET_CCRYPTO_SHIM_H

/* OpenSSL's libcrypto, for its SHA-256 alone: the EVP one-shot digest picks the fastest code
   the processor has (the SHA extensions where present, else vector code). */
#include <openssl/evp.h>

#endif
