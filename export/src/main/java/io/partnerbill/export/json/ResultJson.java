package io.partnerbill.export.json;

import com.fasterxml.jackson.databind.module.SimpleModule;

/** JSON of the other results a service puts on the wire. */
final class ResultJson {

    private ResultJson() {
    }

    static void register(SimpleModule m) {
    }
}
