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
    <message numerus="yes">
        <source>%n order(s) marked shipped: {numbers}</source>
        <translation>
            <numerusform>%n order marked shipped: {numbers}</numerusform>
            <numerusform>%n orders marked shipped: {numbers}</numerusform>
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
    <message numerus="yes">
        <source>Mark these %n order(s) shipped now? They leave the shipping list and the parcels going out. Choose No if the courier has not taken them yet.</source>
        <translation>
            <numerusform>Mark this order shipped now? It leaves the shipping list and the parcels going out. Choose No if the courier has not taken it yet.</numerusform>
            <numerusform>Mark these %n orders shipped now? They leave the shipping list and the parcels going out. Choose No if the courier has not taken them yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) marked shipped.</source>
        <translation>
            <numerusform>%n order marked shipped.</numerusform>
            <numerusform>%n orders marked shipped.</numerusform>
        </translation>
    </message>
</context>
</TS>
