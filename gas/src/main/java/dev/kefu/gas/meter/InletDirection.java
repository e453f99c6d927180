package dev.kefu.gas.meter;

/** The inlet direction of a gas meter (左（右）進向), MTR-4. */
public enum InletDirection {
    /** 左進. */
    LEFT,
    /** 右進. */
    RIGHT
}
