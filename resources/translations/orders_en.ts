<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n order(s) in the shipping list {path}</source>
        <translation>
            <numerusform>%n order in the shipping list {path}</numerusform>
            <numerusform>%n orders in the shipping list {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message numerus="yes">
        <source>Shipping list written: %n order(s) in {path}.</source>
        <translation>
            <numerusform>Shipping list written: %n order in {path}.</numerusform>
            <numerusform>Shipping list written: %n orders in {path}.</numerusform>
        </translation>
    </message>
</context>
</TS>
