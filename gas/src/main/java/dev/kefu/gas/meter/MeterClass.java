package dev.kefu.gas.meter;

/** The classes of meter the read-rate rules name (MTR-6, MTR-7). */
public enum MeterClass {
    /** 商業客戶: a commercial customer's meter. */
    COMMERCIAL,
    /** 居民戶燃氣表: a household meter, read monthly. */
    HOUSEHOLD,
    /** 居民戶內掛燃氣表: an indoor-mounted household meter, read quarterly. */
    INDOOR_HOUSEHOLD
}
