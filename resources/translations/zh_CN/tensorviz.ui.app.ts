<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>Zoom {0}% · theme {1}</source>
        <extracomment>A remembered window smaller than this (px) is not restored: it opens at the first start&apos;s size (a hand-edited or corrupt geometry gave a 386x309 window).</extracomment>
        <translation>缩放 {0}% · 主题 {1}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Export lesson as PNG…</source>
        <translation>将本课导出为 PNG…</translation>
    </message>
    <message>
        <source>Export lesson as SVG…</source>
        <translation>将本课导出为 SVG…</translation>
    </message>
    <message>
        <source>Copy picture</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Lecture mode (the course step by step)</source>
        <translation>讲课模式（按步骤讲解课程）</translation>
    </message>
    <message>
        <source>Lesson list</source>
        <translation>课程列表</translation>
    </message>
    <message>
        <source>About tensorviz</source>
        <translation>关于 tensorviz</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>No lesson is available.</source>
        <translation>没有可用的课程。</translation>
    </message>
    <message>
        <source>Picture copied to the clipboard</source>
        <translation>图片已复制到剪贴板</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export as SVG</source>
        <translation>导出为 SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <source>Could not save {0}</source>
        <translation>无法保存 {0}</translation>
    </message>
    <message>
        <source>torch: still loading</source>
        <translation>torch：正在导入</translation>
    </message>
    <message>
        <source>CUDA available: {0}</source>
        <translation>CUDA 可用：{0}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>tensorviz teaches PyTorch basics by showing them live.</source>
        <translation>tensorviz 通过实时演示来讲授 PyTorch 基础。</translation>
    </message>
</context>
</TS>
