package dev.kefu.gas.meter;

/** The master-data fields a reader must know for each meter (MTR-4). */
public enum MeterField {
    /** 表型. */
    METER_TYPE,
    /** 表號. */
    METER_NUMBER,
    /** 使用年限. */
    YEARS_IN_USE,
    /** 左（右）進向. */
    INLET_DIRECTION
}
