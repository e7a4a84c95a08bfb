<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AcceleratorsMenu</name>
    <message>
        <source>&amp;Accelerators</source>
        <translation>加速器(&amp;A)</translation>
    </message>
    <message>
        <source>Reading Windows ML&apos;s catalog...</source>
        <translation>正在读取 Windows ML 目录...</translation>
    </message>
    <message>
        <source>Installing the execution provider... {percent}</source>
        <translation>正在安装执行提供程序... {percent}</translation>
    </message>
    <message>
        <source>No Windows ML catalog on this machine (Windows 11 with the windowsml package)</source>
        <translation>此计算机上没有 Windows ML 目录（需要装有 windowsml 包的 Windows 11）</translation>
    </message>
    <message>
        <source>{provider} {version}: installed</source>
        <translation>{provider} {version}：已安装</translation>
    </message>
    <message>
        <source>Install {provider} ({state})...</source>
        <translation>安装 {provider}（{state}）...</translation>
    </message>
    <message>
        <source>Install {provider}?</source>
        <translation>安装 {provider}？</translation>
    </message>
    <message>
        <source>Windows ML will download and install the {provider} execution provider (version {version}, certified for this machine).

</source>
        <translation>Windows ML 将下载并安装 {provider} 执行提供程序（版本 {version}，已针对此计算机认证）。

</translation>
    </message>
    <message>
        <source>Windows ML will download and install the {provider} execution provider (version {version}, not certified for this machine).

</source>
        <translation>Windows ML 将下载并安装 {provider} 执行提供程序（版本 {version}，未针对此计算机认证）。

</translation>
    </message>
    <message>
        <source>Source: {source}; package {package}.

</source>
        <translation>来源：{source}；包：{package}。

</translation>
    </message>
    <message>
        <source>This is the only time the app asks Windows to use the network. Install it now?</source>
        <translation>这是本应用唯一一次请求 Windows 使用网络。是否立即安装？</translation>
    </message>
    <message>
        <source>Installing {provider} through Windows ML...</source>
        <translation>正在通过 Windows ML 安装 {provider}...</translation>
    </message>
    <message>
        <source>{provider} installed, but onnxruntime refused it: {reason}</source>
        <translation>{provider} 已安装，但 onnxruntime 拒绝加载它：{reason}</translation>
    </message>
    <message>
        <source>{provider} installed and registered: detection restarts on it</source>
        <translation>{provider} 已安装并注册：检测将在其上重新启动</translation>
    </message>
</context>
<context>
    <name>AttractLoop</name>
    <message>
        <source>Ask me anything, for example: write a short poem about this booth.</source>
        <translation>问我任何问题，例如：写一首关于这个展位的短诗。</translation>
    </message>
    <message>
        <source>All three run on this laptop&apos;s {devices}. Nothing leaves it.</source>
        <translation>三项功能都在这台笔记本电脑的 {devices} 上运行。任何数据都不会离开本机。</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 和 </translation>
    </message>
</context>
<context>
    <name>CaptionWindow</name>
    <message>
        <source>{app}: live captions</source>
        <translation>{app}：实时字幕</translation>
    </message>
</context>
<context>
    <name>ChatComparisonWindow</name>
    <message>
        <source>llama.cpp vs onnxruntime-genai</source>
        <translation>llama.cpp 对比 onnxruntime-genai</translation>
    </message>
    <message>
        <source>Name three uses of a laptop camera.</source>
        <translation>说出笔记本电脑摄像头的三种用途。</translation>
    </message>
    <message>
        <source>Compare answers: {what}</source>
        <translation>比较回答：{what}</translation>
    </message>
    <message>
        <source>Ask both</source>
        <translation>同时提问</translation>
    </message>
    <message>
        <source>Ask both sides this question (Enter)</source>
        <translation>向两侧提出这个问题（Enter）</translation>
    </message>
    <message>
        <source>first word {ms} ms · {rate} tokens/s</source>
        <translation>首词 {ms} 毫秒 · {rate} 词元/秒</translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation>{rate} 词元/秒</translation>
    </message>
    <message>
        <source>Warming up both sides...</source>
        <translation>正在预热两侧...</translation>
    </message>
    <message>
        <source>{fast} answered {ratio}x as fast as {slow} ({fast_rate} vs {slow_rate} tokens/s)</source>
        <translation>{fast} 的回答速度是 {slow} 的 {ratio} 倍（{fast_rate} 对 {slow_rate} 词元/秒）</translation>
    </message>
    <message>
        <source>Answering, one side after the other...</source>
        <translation>正在依次回答...</translation>
    </message>
</context>
<context>
    <name>ChatHistoryBar</name>
    <message>
        <source>Search chats</source>
        <translation>搜索聊天</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected chat from this computer</source>
        <translation>从此计算机删除所选聊天</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>导出...</translation>
    </message>
    <message>
        <source>Save the selected chat as Markdown</source>
        <translation>将所选聊天保存为 Markdown</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>删除聊天</translation>
    </message>
    <message>
        <source>Delete this conversation from this computer?</source>
        <translation>要从此计算机删除此对话吗？</translation>
    </message>
    <message>
        <source>Export chat as Markdown</source>
        <translation>将聊天导出为 Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Chat exported to {path}</source>
        <translation>聊天已导出到 {path}</translation>
    </message>
</context>
<context>
    <name>ChatModelPicker</name>
    <message>
        <source>{model} · {mb} MB · {quantization} · context {context} · {engine} on {device}</source>
        <translation>{model} · {mb} MB · {quantization} · 上下文 {context} · {device} 上的 {engine}</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Inference engine: Auto takes onnxruntime-genai where a variant of the model reaches the NPU or GPU, else the faster engine on this CPU (measured once); llama.cpp for a GGUF file</source>
        <translation>推理引擎：若模型的某个变体能用上 NPU 或 GPU，自动选择 onnxruntime-genai，否则选择在此 CPU 上更快的引擎（只测一次）；GGUF 文件用 llama.cpp</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>{engine}: unavailable</source>
        <translation>{engine}：不可用</translation>
    </message>
    <message>
        <source>Model (Ctrl+Shift+O opens a GGUF file)</source>
        <translation>模型（Ctrl+Shift+O 打开 GGUF 文件）</translation>
    </message>
    <message>
        <source>no model loaded</source>
        <translation>未加载模型</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Chat model: {model}, {reason}</source>
        <translation>聊天模型：{model}，{reason}</translation>
    </message>
    <message>
        <source>measuring which chat model this machine streams fluently...</source>
        <translation>正在测量本机能流畅输出哪个聊天模型...</translation>
    </message>
    <message>
        <source>{model} (bundled)</source>
        <translation>{model}（内置）</translation>
    </message>
    <message>
        <source>Open model...</source>
        <translation>打开模型...</translation>
    </message>
    <message>
        <source>Open model folder (onnxruntime-genai, MLC)...</source>
        <translation>打开模型文件夹（onnxruntime-genai、MLC）...</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>打开 GGUF 模型</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF 模型 (*.gguf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open an onnxruntime-genai or MLC model folder</source>
        <translation>打开 onnxruntime-genai 或 MLC 模型文件夹</translation>
    </message>
    <message>
        <source> (Auto measures the engines once on a new machine)</source>
        <translation>（“自动”会在新计算机上对各引擎测量一次）</translation>
    </message>
    <message>
        <source>loading {model}...</source>
        <translation>正在加载 {model}...</translation>
    </message>
    <message>
        <source> (keeping {model})</source>
        <translation>（继续使用 {model}）</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Ask anything. Enter sends, Shift+Enter starts a new line.</source>
        <translation>尽管提问。Enter 发送，Shift+Enter 换行。</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>答得出</translation>
    </message>
    <message>
        <source>a language model on this laptop</source>
        <translation>这台笔记本电脑上的语言模型</translation>
    </message>
    <message>
        <source>Chat history is being saved again</source>
        <translation>聊天记录已恢复保存</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>Temperature (0 = deterministic)</source>
        <translation>温度（0 = 确定性输出）</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>发送（Enter）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>停止回答（Esc）</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Answer the last message again (Ctrl+Shift+R)</source>
        <translation>重新回答最后一条消息（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新建聊天</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>开始新对话（Ctrl+N）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the last answer (Ctrl+Shift+C)</source>
        <translation>复制最后一条回答（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Chat model ready: {model} on {device}</source>
        <translation>聊天模型已就绪：{device} 上的 {model}</translation>
    </message>
    <message>
        <source>The model is still loading; your message is kept in the input box</source>
        <translation>模型仍在加载；您的消息已保留在输入框中</translation>
    </message>
    <message>
        <source>reading the question...</source>
        <translation>正在读取问题...</translation>
    </message>
    <message>
        <source>streaming · {rate} tokens/s on average · 95 % of tokens within {ms} ms · {tokens} tokens</source>
        <translation>正在输出 · 平均 {rate} tokens/s · 95% 的 token 在 {ms} ms 内生成 · 共 {tokens} 个 token</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>tokens/s</translation>
    </message>
    <message>
        <source>to the first word</source>
        <translation>首字用时</translation>
    </message>
    <message>
        <source>The answer stopped: another model was loaded</source>
        <translation>回答已停止：已加载另一个模型</translation>
    </message>
    <message>
        <source>Checking which booth questions this model answers right...</source>
        <translation>正在检查此模型能答对哪些展位问题...</translation>
    </message>
    <message>
        <source>Answer copied</source>
        <translation>已复制回答</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>ComparisonWindow</name>
    <message>
        <source>CPU vs accelerator (C)</source>
        <translation>CPU 与加速器对比（C）</translation>
    </message>
    <message>
        <source>FP32 vs INT8 (P)</source>
        <translation>FP32 与 INT8 对比（P）</translation>
    </message>
    <message>
        <source>Compare: {what}</source>
        <translation>对比：{what}</translation>
    </message>
    <message>
        <source>loading...</source>
        <translation>正在加载...</translation>
    </message>
    <message>
        <source>Loading both sides and warming them up...</source>
        <translation>正在加载两侧并预热...</translation>
    </message>
    <message>
        <source>No second device</source>
        <translation>没有第二个设备</translation>
    </message>
    <message>
        <source>energy: measuring the idle draw, nothing running ({seconds} s left)</source>
        <translation>能耗：正在测量空闲功耗，没有任何任务运行（剩余 {seconds} 秒）</translation>
    </message>
    <message>
        <source>energy: measuring {side} alone ({seconds} s left)</source>
        <translation>能耗：正在单独测量 {side}（剩余 {seconds} 秒）</translation>
    </message>
    <message>
        <source>{watts} W now</source>
        <translation>当前 {watts} W</translation>
    </message>
    <message>
        <source>{side} uses {ratio}x less energy per frame ({low} vs {high} mJ, averaged over {seconds} s each, {idle} W idle subtracted)</source>
        <translation>{side} 每帧能耗低 {ratio}x（{low} 对 {high} mJ，各平均 {seconds} 秒，已扣除空闲功耗 {idle} W）</translation>
    </message>
    <message>
        <source>energy: {side} takes {mj} mJ per frame ({watts} W above {idle} W idle, averaged over {seconds} s)</source>
        <translation>能耗：{side} 每帧 {mj} mJ（比空闲功耗 {idle} W 高 {watts} W，平均 {seconds} 秒）</translation>
    </message>
    <message>
        <source>energy: too close to the idle draw to measure ({idle} W idle, averaged over {seconds} s)</source>
        <translation>能耗：与空闲功耗过于接近，无法测量（空闲 {idle} W，平均 {seconds} 秒）</translation>
    </message>
    <message>
        <source>energy: on AC power, plug out the charger to measure it</source>
        <translation>能耗：正在使用交流电源，请拔下充电器后测量</translation>
    </message>
    <message>
        <source>energy: only an administrator may read this machine&apos;s power counters</source>
        <translation>能耗：只有管理员才能读取本机的功率计数器</translation>
    </message>
    <message>
        <source>energy: the power reading stopped before the figure was measured</source>
        <translation>能耗：功率读数在得出结果前中断了</translation>
    </message>
    <message>
        <source>energy: this machine reports no power draw</source>
        <translation>能耗：本机不报告功耗</translation>
    </message>
    <message>
        <source>{side} · nothing to compare it with on this machine · {frames} frames</source>
        <translation>{side} · 本机上没有可对比的设备 · {frames} 帧</translation>
    </message>
    <message>
        <source>speed-up {speedup}x · agreement {agreement} · {frames} frames</source>
        <translation>加速 {speedup}x · 一致率 {agreement} · {frames} 帧</translation>
    </message>
</context>
<context>
    <name>DeviceCombo</name>
    <message>
        <source>Where the model runs: Auto picks NPU, then GPU, then CPU; &apos;Best NPU&apos; the best provider of one device type; or one provider</source>
        <translation>模型运行的位置：自动依次选择 NPU、GPU、CPU；“最佳 NPU”为该类设备中最好的提供程序；或指定一个提供程序</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>{engine} places the model itself</source>
        <translation>{engine} 自行决定模型在哪里运行</translation>
    </message>
    <message>
        <source>Best {device}</source>
        <translation>最佳 {device}</translation>
    </message>
    <message>
        <source>{name} (not found on this machine)</source>
        <translation>{name}（本机上未找到）</translation>
    </message>
</context>
<context>
    <name>EventLogView</name>
    <message>
        <source>Event log</source>
        <translation>事件日志</translation>
    </message>
    <message>
        <source>Nothing has gone wrong in this session.</source>
        <translation>本次会话中没有出现任何问题。</translation>
    </message>
    <message>
        <source>Also written to {path}</source>
        <translation>同时已写入 {path}</translation>
    </message>
    <message>
        <source>The log folder cannot be written: events are kept here only</source>
        <translation>无法写入日志文件夹：事件仅保存在此处</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>In three short bullet points, why does running AI on a laptop protect privacy?</source>
        <translation>用三个简短的要点说明：为什么在笔记本电脑上运行 AI 能保护隐私？</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>PIN to leave kiosk mode (Esc cancels)</source>
        <translation>输入 PIN 以退出展台模式（按 Esc 取消）</translation>
    </message>
    <message>
        <source>Wrong PIN. PIN to leave kiosk mode (Esc cancels)</source>
        <translation>PIN 错误。输入 PIN 以退出展台模式（按 Esc 取消）</translation>
    </message>
    <message>
        <source>Runs on this laptop. Nothing leaves it. Scan to learn more.</source>
        <translation>在这台笔记本电脑上运行，任何数据都不会离开本机。扫码了解更多。</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Afrikaans</source>
        <translation>南非荷兰语</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>阿姆哈拉语</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>阿拉伯语</translation>
    </message>
    <message>
        <source>Assamese</source>
        <translation>阿萨姆语</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>阿塞拜疆语</translation>
    </message>
    <message>
        <source>Bashkir</source>
        <translation>巴什基尔语</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>白俄罗斯语</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>保加利亚语</translation>
    </message>
    <message>
        <source>Bangla</source>
        <translation>孟加拉语</translation>
    </message>
    <message>
        <source>Tibetan</source>
        <translation>藏语</translation>
    </message>
    <message>
        <source>Breton</source>
        <translation>布列塔尼语</translation>
    </message>
    <message>
        <source>Bosnian</source>
        <translation>波斯尼亚语</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>加泰罗尼亚语</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>捷克语</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>威尔士语</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>丹麦语</translation>
    </message>
    <message>
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>希腊语</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>爱沙尼亚语</translation>
    </message>
    <message>
        <source>Basque</source>
        <translation>巴斯克语</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>波斯语</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>芬兰语</translation>
    </message>
    <message>
        <source>Faroese</source>
        <translation>法罗语</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <source>Galician</source>
        <translation>加利西亚语</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation>古吉拉特语</translation>
    </message>
    <message>
        <source>Hausa</source>
        <translation>豪萨语</translation>
    </message>
    <message>
        <source>Hawaiian</source>
        <translation>夏威夷语</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>希伯来语</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>印地语</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>克罗地亚语</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>海地克里奥尔语</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>匈牙利语</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>亚美尼亚语</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>印度尼西亚语</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation>冰岛语</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>意大利语</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日语</translation>
    </message>
    <message>
        <source>Javanese</source>
        <translation>爪哇语</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>格鲁吉亚语</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>哈萨克语</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>高棉语</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>卡纳达语</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韩语</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>拉丁语</translation>
    </message>
    <message>
        <source>Luxembourgish</source>
        <translation>卢森堡语</translation>
    </message>
    <message>
        <source>Lingala</source>
        <translation>林加拉语</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>老挝语</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>立陶宛语</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>拉脱维亚语</translation>
    </message>
    <message>
        <source>Malagasy</source>
        <translation>马拉加斯语</translation>
    </message>
    <message>
        <source>Māori</source>
        <translation>毛利语</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>马其顿语</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>马拉雅拉姆语</translation>
    </message>
    <message>
        <source>Mongolian</source>
        <translation>蒙古语</translation>
    </message>
    <message>
        <source>Marathi</source>
        <translation>马拉地语</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>马来语</translation>
    </message>
    <message>
        <source>Maltese</source>
        <translation>马耳他语</translation>
    </message>
    <message>
        <source>Burmese</source>
        <translation>缅甸语</translation>
    </message>
    <message>
        <source>Nepali</source>
        <translation>尼泊尔语</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>荷兰语</translation>
    </message>
    <message>
        <source>Norwegian Nynorsk</source>
        <translation>挪威尼诺斯克语</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>挪威语</translation>
    </message>
    <message>
        <source>Occitan</source>
        <translation>奥克语</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>旁遮普语</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>波兰语</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>普什图语</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>葡萄牙语</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>罗马尼亚语</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <source>Sanskrit</source>
        <translation>梵语</translation>
    </message>
    <message>
        <source>Sindhi</source>
        <translation>信德语</translation>
    </message>
    <message>
        <source>Sinhala</source>
        <translation>僧伽罗语</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>斯洛伐克语</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>斯洛文尼亚语</translation>
    </message>
    <message>
        <source>Shona</source>
        <translation>绍纳语</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>索马里语</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>阿尔巴尼亚语</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>塞尔维亚语</translation>
    </message>
    <message>
        <source>Sundanese</source>
        <translation>巽他语</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>瑞典语</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>斯瓦希里语</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>泰米尔语</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>泰卢固语</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>塔吉克语</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>泰语</translation>
    </message>
    <message>
        <source>Turkmen</source>
        <translation>土库曼语</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>他加禄语</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>土耳其语</translation>
    </message>
    <message>
        <source>Tatar</source>
        <translation>鞑靼语</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>乌克兰语</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>乌尔都语</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>乌兹别克语</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>越南语</translation>
    </message>
    <message>
        <source>Yiddish</source>
        <translation>意第绪语</translation>
    </message>
    <message>
        <source>Yoruba</source>
        <translation>约鲁巴语</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;h3&gt;Edge AI Showcase {version}&lt;/h3&gt;&lt;p&gt;Live object detection, speech-to-text and a chat assistant running entirely on this computer, on the best accelerator it has (NPU, then GPU, then CPU).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Privacy:&lt;/b&gt; nothing is sent over the network. Frames never leave this machine.&lt;/p&gt;&lt;p&gt;Models: SSD-MobileNetV2 COCO (TensorFlow model zoo, Apache-2.0); SmolLM2-135M-Instruct (Hugging Face, Apache-2.0) in onnxruntime-genai or llama.cpp; Whisper base (OpenAI, MIT) in onnxruntime-genai or faster-whisper; vosk (Apache-2.0) with a vosk model where one is installed. Chat history stays in a local SQLite file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Edge AI Showcase {version}&lt;/h3&gt;&lt;p&gt;实时物体检测、语音转文字和聊天助手，全部在这台计算机上运行，并使用其最佳加速器（依次为 NPU、GPU、CPU）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;隐私：&lt;/b&gt;不会通过网络发送任何数据。摄像头画面绝不会离开本机。&lt;/p&gt;&lt;p&gt;模型：SSD-MobileNetV2 COCO（TensorFlow model zoo，Apache-2.0）；SmolLM2-135M-Instruct（Hugging Face，Apache-2.0），运行于 onnxruntime-genai 或 llama.cpp；Whisper base（OpenAI，MIT），运行于 onnxruntime-genai 或 faster-whisper；vosk（Apache-2.0），在已安装 vosk 模型时使用。聊天记录保存在本地 SQLite 文件中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Memory this app and its engine processes use now, models included</source>
        <translation>本应用及其引擎进程当前占用的内存（含模型）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Everything runs on this computer.&lt;/b&gt; Nothing you show, say or type is sent anywhere: no account, no cloud, no telemetry. Settings: &lt;code&gt;{settings}&lt;/code&gt;; chat history: &lt;code&gt;{history}&lt;/code&gt;.</source>
        <translation>&lt;b&gt;一切都在这台计算机上运行。&lt;/b&gt;您展示、说出或输入的任何内容都不会发送到任何地方：无需账户，没有云端，没有遥测。设置：&lt;code&gt;{settings}&lt;/code&gt;；聊天记录：&lt;code&gt;{history}&lt;/code&gt;。</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>Hide this note for good</source>
        <translation>不再显示此提示</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open video or image...</source>
        <translation>打开视频或图像(&amp;O)...</translation>
    </message>
    <message>
        <source>Open detector &amp;model...</source>
        <translation>打开检测器模型(&amp;M)...</translation>
    </message>
    <message>
        <source>Use the &amp;built-in detector</source>
        <translation>使用内置检测器(&amp;B)</translation>
    </message>
    <message>
        <source>Save &amp;snapshot</source>
        <translation>保存快照(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export report...</source>
        <translation>导出报告(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Vision</source>
        <translation>视觉(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Speech</source>
        <translation>语音(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>聊天(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Dashboard (all three)</source>
        <translation>仪表板（三项同时显示）(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Start / stop detection</source>
        <translation>开始/停止检测(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Compare CPU vs accelerator</source>
        <translation>对比 CPU 与加速器(&amp;C)</translation>
    </message>
    <message>
        <source>Compare FP32 vs &amp;INT8</source>
        <translation>对比 FP32 与 INT8(&amp;I)</translation>
    </message>
    <message>
        <source>Compare &amp;answers: CPU vs accelerator</source>
        <translation>比较回答：CPU 对比加速器(&amp;A)</translation>
    </message>
    <message>
        <source>Compare answers: llama.cpp vs onnxruntime-&amp;genai</source>
        <translation>比较回答：llama.cpp 对比 onnxruntime-genai(&amp;G)</translation>
    </message>
    <message>
        <source>Compare &amp;transcripts: CPU vs accelerator</source>
        <translation>比较转写：CPU 对比加速器(&amp;T)</translation>
    </message>
    <message>
        <source>Compare transcripts: faster-&amp;whisper vs onnxruntime-genai</source>
        <translation>比较转写：faster-whisper 对比 onnxruntime-genai(&amp;W)</translation>
    </message>
    <message>
        <source>Live &amp;captions window</source>
        <translation>实时字幕窗口(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Kiosk mode (booth)...</source>
        <translation>信息亭模式（展位）(&amp;K)...</translation>
    </message>
    <message>
        <source>&amp;Event log</source>
        <translation>事件日志(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>The window will be in {language} from the next start.</source>
        <translation>下次启动后，界面语言将切换为“{language}”。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Export the session report into...</source>
        <translation>将会话报告导出到...</translation>
    </message>
    <message>
        <source>Writing the report to {folder}...</source>
        <translation>正在将报告写入 {folder}...</translation>
    </message>
    <message>
        <source>Report written: {path}</source>
        <translation>报告已写入：{path}</translation>
    </message>
    <message>
        <source>Memory {mb} MB</source>
        <translation>内存 {mb} MB</translation>
    </message>
    <message>
        <source>About {title}</source>
        <translation>关于 {title}</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>信息亭模式</translation>
    </message>
    <message>
        <source>The dashboard fills this screen, menus and tabs are hidden, and the demos play by themselves when nobody is at the booth. Leave with {chord} (and the PIN, if one is set): the app then closes.</source>
        <translation>仪表板将占满此屏幕，菜单和标签页会隐藏，展位无人时演示会自动播放。按 {chord}（如设置了 PIN 还需输入 PIN）退出，应用随即关闭。</translation>
    </message>
</context>
<context>
    <name>NetworkBadge</name>
    <message>
        <source>Network: checking...</source>
        <translation>网络：正在检查...</translation>
    </message>
    <message>
        <source>Network: unknown</source>
        <translation>网络：未知</translation>
    </message>
    <message>
        <source>Could not read this app&apos;s connections from the OS: {error}</source>
        <translation>无法从操作系统读取本应用的连接：{error}</translation>
    </message>
    <message>
        <source>Network: 0 connections</source>
        <translation>网络：0 个连接</translation>
    </message>
    <message>
        <source>Read live from the OS every 2 s: {processes} process(es) of this app hold no internet connection, open or listening.</source>
        <translation>每 2 秒从操作系统实时读取：本应用的 {processes} 个进程均没有任何已打开或正在监听的互联网连接。</translation>
    </message>
    <message>
        <source>Network: 1 connection: {first}</source>
        <translation>网络：1 个连接：{first}</translation>
    </message>
    <message>
        <source>Network: {count} connections: {first} (+{more} more)</source>
        <translation>网络：{count} 个连接：{first}（另有 {more} 个）</translation>
    </message>
</context>
<context>
    <name>Objects</name>
    <message>
        <source>person</source>
        <translation>人</translation>
    </message>
    <message>
        <source>bicycle</source>
        <translation>自行车</translation>
    </message>
    <message>
        <source>car</source>
        <translation>汽车</translation>
    </message>
    <message>
        <source>motorcycle</source>
        <translation>摩托车</translation>
    </message>
    <message>
        <source>airplane</source>
        <translation>飞机</translation>
    </message>
    <message>
        <source>bus</source>
        <translation>公交车</translation>
    </message>
    <message>
        <source>train</source>
        <translation>火车</translation>
    </message>
    <message>
        <source>truck</source>
        <translation>卡车</translation>
    </message>
    <message>
        <source>boat</source>
        <translation>船</translation>
    </message>
    <message>
        <source>traffic light</source>
        <translation>红绿灯</translation>
    </message>
    <message>
        <source>fire hydrant</source>
        <translation>消防栓</translation>
    </message>
    <message>
        <source>stop sign</source>
        <translation>停车标志</translation>
    </message>
    <message>
        <source>parking meter</source>
        <translation>停车计时器</translation>
    </message>
    <message>
        <source>bench</source>
        <translation>长椅</translation>
    </message>
    <message>
        <source>bird</source>
        <translation>鸟</translation>
    </message>
    <message>
        <source>cat</source>
        <translation>猫</translation>
    </message>
    <message>
        <source>dog</source>
        <translation>狗</translation>
    </message>
    <message>
        <source>horse</source>
        <translation>马</translation>
    </message>
    <message>
        <source>sheep</source>
        <translation>羊</translation>
    </message>
    <message>
        <source>cow</source>
        <translation>牛</translation>
    </message>
    <message>
        <source>elephant</source>
        <translation>大象</translation>
    </message>
    <message>
        <source>bear</source>
        <translation>熊</translation>
    </message>
    <message>
        <source>zebra</source>
        <translation>斑马</translation>
    </message>
    <message>
        <source>giraffe</source>
        <translation>长颈鹿</translation>
    </message>
    <message>
        <source>backpack</source>
        <translation>背包</translation>
    </message>
    <message>
        <source>umbrella</source>
        <translation>雨伞</translation>
    </message>
    <message>
        <source>handbag</source>
        <translation>手提包</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>领带</translation>
    </message>
    <message>
        <source>suitcase</source>
        <translation>行李箱</translation>
    </message>
    <message>
        <source>frisbee</source>
        <translation>飞盘</translation>
    </message>
    <message>
        <source>skis</source>
        <translation>滑雪板</translation>
    </message>
    <message>
        <source>snowboard</source>
        <translation>单板滑雪板</translation>
    </message>
    <message>
        <source>sports ball</source>
        <translation>球</translation>
    </message>
    <message>
        <source>kite</source>
        <translation>风筝</translation>
    </message>
    <message>
        <source>baseball bat</source>
        <translation>棒球棒</translation>
    </message>
    <message>
        <source>baseball glove</source>
        <translation>棒球手套</translation>
    </message>
    <message>
        <source>skateboard</source>
        <translation>滑板</translation>
    </message>
    <message>
        <source>surfboard</source>
        <translation>冲浪板</translation>
    </message>
    <message>
        <source>tennis racket</source>
        <translation>网球拍</translation>
    </message>
    <message>
        <source>bottle</source>
        <translation>瓶子</translation>
    </message>
    <message>
        <source>wine glass</source>
        <translation>酒杯</translation>
    </message>
    <message>
        <source>cup</source>
        <translation>杯子</translation>
    </message>
    <message>
        <source>fork</source>
        <translation>叉子</translation>
    </message>
    <message>
        <source>knife</source>
        <translation>刀</translation>
    </message>
    <message>
        <source>spoon</source>
        <translation>勺子</translation>
    </message>
    <message>
        <source>bowl</source>
        <translation>碗</translation>
    </message>
    <message>
        <source>banana</source>
        <translation>香蕉</translation>
    </message>
    <message>
        <source>apple</source>
        <translation>苹果</translation>
    </message>
    <message>
        <source>sandwich</source>
        <translation>三明治</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>橙子</translation>
    </message>
    <message>
        <source>broccoli</source>
        <translation>西兰花</translation>
    </message>
    <message>
        <source>carrot</source>
        <translation>胡萝卜</translation>
    </message>
    <message>
        <source>hot dog</source>
        <translation>热狗</translation>
    </message>
    <message>
        <source>pizza</source>
        <translation>披萨</translation>
    </message>
    <message>
        <source>donut</source>
        <translation>甜甜圈</translation>
    </message>
    <message>
        <source>cake</source>
        <translation>蛋糕</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>椅子</translation>
    </message>
    <message>
        <source>couch</source>
        <translation>沙发</translation>
    </message>
    <message>
        <source>potted plant</source>
        <translation>盆栽</translation>
    </message>
    <message>
        <source>bed</source>
        <translation>床</translation>
    </message>
    <message>
        <source>dining table</source>
        <translation>餐桌</translation>
    </message>
    <message>
        <source>toilet</source>
        <translation>马桶</translation>
    </message>
    <message>
        <source>tv</source>
        <translation>电视</translation>
    </message>
    <message>
        <source>laptop</source>
        <translation>笔记本电脑</translation>
    </message>
    <message>
        <source>mouse</source>
        <translation>鼠标</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>遥控器</translation>
    </message>
    <message>
        <source>keyboard</source>
        <translation>键盘</translation>
    </message>
    <message>
        <source>cell phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>microwave</source>
        <translation>微波炉</translation>
    </message>
    <message>
        <source>oven</source>
        <translation>烤箱</translation>
    </message>
    <message>
        <source>toaster</source>
        <translation>烤面包机</translation>
    </message>
    <message>
        <source>sink</source>
        <translation>水槽</translation>
    </message>
    <message>
        <source>refrigerator</source>
        <translation>冰箱</translation>
    </message>
    <message>
        <source>book</source>
        <translation>书</translation>
    </message>
    <message>
        <source>clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>vase</source>
        <translation>花瓶</translation>
    </message>
    <message>
        <source>scissors</source>
        <translation>剪刀</translation>
    </message>
    <message>
        <source>teddy bear</source>
        <translation>泰迪熊</translation>
    </message>
    <message>
        <source>hair drier</source>
        <translation>吹风机</translation>
    </message>
    <message>
        <source>toothbrush</source>
        <translation>牙刷</translation>
    </message>
</context>
<context>
    <name>PanelDeck</name>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Every pipeline at once: the trade-show screen (Ctrl+4)</source>
        <translation>同时显示所有功能：展会大屏模式（Ctrl+4）</translation>
    </message>
</context>
<context>
    <name>PipelinePanel</name>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
</context>
<context>
    <name>Pipelines</name>
    <message>
        <source>{problem}: showing the demo video instead</source>
        <translation>{problem}：改为播放演示视频</translation>
    </message>
    <message>
        <source>Camera {index}</source>
        <translation>摄像头 {index}</translation>
    </message>
    <message>
        <source>No camera at index {index}</source>
        <translation>索引 {index} 处没有摄像头</translation>
    </message>
    <message>
        <source>pick another camera or the demo video</source>
        <translation>请选择其他摄像头或演示视频</translation>
    </message>
    <message>
        <source>{camera} stopped delivering frames (unplugged or in use by another app?)</source>
        <translation>{camera} 不再传送画面（已拔出或被其他应用占用？）</translation>
    </message>
    <message>
        <source>Image not found: {path}</source>
        <translation>找不到图像：{path}</translation>
    </message>
    <message>
        <source>Image is not a file: {path}</source>
        <translation>图像不是文件：{path}</translation>
    </message>
    <message>
        <source>Image is empty: {path}</source>
        <translation>图像为空：{path}</translation>
    </message>
    <message>
        <source>Video file not found: {path}</source>
        <translation>找不到视频文件：{path}</translation>
    </message>
    <message>
        <source>Video file is not a file: {path}</source>
        <translation>视频不是文件：{path}</translation>
    </message>
    <message>
        <source>Video file is empty: {path}</source>
        <translation>视频文件为空：{path}</translation>
    </message>
    <message>
        <source>Not an image OpenCV can decode (truncated or another format?): {path}</source>
        <translation>不是 OpenCV 能解码的图像（已截断或为其他格式？）：{path}</translation>
    </message>
    <message>
        <source>Not a video OpenCV can open: {path}</source>
        <translation>不是 OpenCV 能打开的视频：{path}</translation>
    </message>
    <message>
        <source>Video file has no frames OpenCV can decode: {path}</source>
        <translation>视频文件中没有 OpenCV 能解码的帧：{path}</translation>
    </message>
    <message>
        <source>Video file stopped delivering frames (damaged?): {path}</source>
        <translation>视频文件不再提供帧（已损坏？）：{path}</translation>
    </message>
    <message>
        <source>Video file disappeared while playing: {path}</source>
        <translation>视频文件在播放时消失了：{path}</translation>
    </message>
    <message>
        <source>no {platform} build of {package}</source>
        <translation>{package} 没有适用于 {platform} 的版本</translation>
    </message>
    <message>
        <source>{package} is not installed</source>
        <translation>{package} 未安装</translation>
    </message>
    <message>
        <source>no speech engine: {reasons}</source>
        <translation>没有语音引擎：{reasons}</translation>
    </message>
    <message>
        <source>no chat engine: {reasons}</source>
        <translation>没有聊天引擎：{reasons}</translation>
    </message>
    <message>
        <source>The {engine} engine cannot run on this machine: {missing}</source>
        <translation>{engine} 引擎无法在此计算机上运行：{missing}</translation>
    </message>
    <message>
        <source>{problem}: playing the demo recording instead</source>
        <translation>{problem}：改为播放演示录音</translation>
    </message>
    <message>
        <source>Audio input is unavailable: {error}</source>
        <translation>音频输入不可用：{error}</translation>
    </message>
    <message>
        <source>Audio file not found: {path}</source>
        <translation>找不到音频文件：{path}</translation>
    </message>
    <message>
        <source>Audio file is empty or not a file: {path}</source>
        <translation>音频文件为空或不是文件：{path}</translation>
    </message>
    <message>
        <source>Audio file is truncated ({present} of {size} data bytes): {path}</source>
        <translation>音频文件已截断（{size} 个数据字节中只有 {present} 个）：{path}</translation>
    </message>
    <message>
        <source>No audio stream in {path}</source>
        <translation>{path} 中没有音频流</translation>
    </message>
    <message>
        <source>Not an audio file FFmpeg can decode: {path}</source>
        <translation>不是 FFmpeg 能解码的音频文件：{path}</translation>
    </message>
    <message>
        <source>play the demo recording instead</source>
        <translation>请改为播放演示录音</translation>
    </message>
    <message>
        <source>Cannot open the microphone ({error})</source>
        <translation>无法打开麦克风（{error}）</translation>
    </message>
    <message>
        <source>it may be in use by another app; try the demo recording</source>
        <translation>可能正被其他应用使用；请试试演示录音</translation>
    </message>
    <message>
        <source>The microphone &apos;{name}&apos; stopped delivering audio (unplugged?)</source>
        <translation>麦克风“{name}”不再传送音频（已拔出？）</translation>
    </message>
    <message>
        <source>the words so far are kept; try the demo recording</source>
        <translation>已转写的文字会保留；请试试演示录音</translation>
    </message>
    <message>
        <source>no microphone found</source>
        <translation>未找到麦克风</translation>
    </message>
    <message>
        <source>MLC LLM is not installed ({error})</source>
        <translation>MLC LLM 未安装（{error}）</translation>
    </message>
    <message>
        <source>MLC LLM needs a compiled model folder</source>
        <translation>MLC LLM 需要已编译的模型文件夹</translation>
    </message>
    <message>
        <source>open one with Open model folder... (--model DIR)</source>
        <translation>请用“打开模型文件夹...”打开一个（--model DIR）</translation>
    </message>
    <message>
        <source>the engine this model file is made for</source>
        <translation>此模型文件所对应的引擎</translation>
    </message>
    <message>
        <source>{folder} is not a chat model folder</source>
        <translation>{folder} 不是聊天模型文件夹</translation>
    </message>
    <message>
        <source>pick a GGUF file for llama.cpp, an onnxruntime-genai folder with genai_config.json or a compiled MLC LLM folder with mlc-chat-config.json</source>
        <translation>请选择 llama.cpp 的 GGUF 文件、含 genai_config.json 的 onnxruntime-genai 文件夹，或含 mlc-chat-config.json 的已编译 MLC LLM 文件夹</translation>
    </message>
    <message>
        <source>onnxruntime-genai runs it on the {accelerator}</source>
        <translation>onnxruntime-genai 在 {accelerator} 上运行它</translation>
    </message>
    <message>
        <source>the only engine installed for it</source>
        <translation>唯一为它安装的引擎</translation>
    </message>
    <message>
        <source>the other engine cannot run it here ({failures})</source>
        <translation>另一个引擎无法在此运行它（{failures}）</translation>
    </message>
    <message>
        <source>the faster here on the CPU (measured once: {figures})</source>
        <translation>在此 CPU 上更快（测量一次：{figures}）</translation>
    </message>
    <message>
        <source>{ran}/{total} nodes</source>
        <translation>{ran}/{total} 个节点</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>严格</translation>
    </message>
    <message>
        <source>mostly on CPU: the {device} ({provider}) took {ran} of {total} nodes, {share} of the time</source>
        <translation>主要在 CPU 上：{device}（{provider}）只运行了 {total} 个节点中的 {ran} 个，占时间的 {share}</translation>
    </message>
    <message>
        <source>fell back from {fallbacks}</source>
        <translation>已从 {fallbacks} 回退</translation>
    </message>
    <message>
        <source>true streaming with the English vosk model</source>
        <translation>使用英语 vosk 模型的真正流式识别</translation>
    </message>
    <message>
        <source>No English vosk model is installed</source>
        <translation>未安装英语 vosk 模型</translation>
    </message>
    <message>
        <source>open a vosk model folder (--model DIR) or use Whisper (--engine whisper)</source>
        <translation>打开一个 vosk 模型文件夹（--model DIR）或使用 Whisper（--engine whisper）</translation>
    </message>
    <message>
        <source>{folder} is not a speech model folder</source>
        <translation>{folder} 不是语音模型文件夹</translation>
    </message>
    <message>
        <source>pick a vosk model folder (with am/ and conf/), a faster-whisper one (model.bin, config.json) or an onnxruntime-genai Whisper (genai_config.json)</source>
        <translation>请选择 vosk 模型文件夹（含 am/ 和 conf/）、faster-whisper 文件夹（model.bin、config.json）或 onnxruntime-genai Whisper（genai_config.json）</translation>
    </message>
    <message>
        <source>{count} oldest message(s) left out to fit the context</source>
        <translation>为适应上下文，省略了最早的 {count} 条消息</translation>
    </message>
    <message>
        <source>your message was truncated to fit the context</source>
        <translation>为适应上下文，您的消息已被截断</translation>
    </message>
    <message>
        <source>thinking...</source>
        <translation>思考中...</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>注意：{note}</translation>
    </message>
    <message>
        <source>interrupted: the answer was cut off</source>
        <translation>已中断：回答被截断</translation>
    </message>
    <message>
        <source>stopped: the model began repeating itself</source>
        <translation>已停止：模型开始重复自己</translation>
    </message>
    <message>
        <source>first token {ms} ms · {rate} tokens/s · {tokens} tokens · {engine} on {device}</source>
        <translation>首个词元 {ms} ms · {rate} 词元/秒 · {tokens} 个词元 · {device} 上的 {engine}</translation>
    </message>
    <message>
        <source>stopped at the {tokens}-token limit</source>
        <translation>在 {tokens} 个词元的上限处停止</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>No NPU or GPU this app can use on this machine: the CPU is the only device here</source>
        <translation>此计算机上没有本应用可用的 NPU 或 GPU：这里唯一的设备是 CPU</translation>
    </message>
    <message>
        <source>The {pipeline} pipeline produced nothing for {seconds} s</source>
        <translation>“{pipeline}”流水线 {seconds} 秒内没有产生任何结果</translation>
    </message>
    <message>
        <source>chat engine</source>
        <translation>聊天引擎</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>视觉</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>语音</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>The {name} was closed</source>
        <translation>{name}已关闭</translation>
    </message>
    <message>
        <source>The {name}&apos;s work was stopped</source>
        <translation>{name}的工作已停止</translation>
    </message>
    <message>
        <source>The {name} stopped responding for {seconds} s and was stopped</source>
        <translation>{name}有 {seconds} 秒没有响应，已被停止</translation>
    </message>
    <message>
        <source>The {name} stopped unexpectedly ({exit})</source>
        <translation>{name}意外停止（{exit}）</translation>
    </message>
    <message>
        <source>speech engine</source>
        <translation>语音引擎</translation>
    </message>
    <message>
        <source>{text} ({detail})</source>
        <translation>{text}（{detail}）</translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation>{rate} tokens/s</translation>
    </message>
    <message>
        <source>expected a GGUF file</source>
        <translation>需要 GGUF 文件</translation>
    </message>
    <message>
        <source>Not a GGUF model: {path}</source>
        <translation>不是 GGUF 模型：{path}</translation>
    </message>
    <message>
        <source>llama.cpp needs a .gguf file</source>
        <translation>llama.cpp 需要 .gguf 文件</translation>
    </message>
    <message>
        <source>{name} needs about {needed} GiB but only {free} GiB of memory is free</source>
        <translation>{name} 需要约 {needed} GiB，但只有 {free} GiB 空闲内存</translation>
    </message>
    <message>
        <source>close other apps or pick a smaller model</source>
        <translation>请关闭其他应用或选择更小的模型</translation>
    </message>
    <message>
        <source>llama.cpp could not load {path}</source>
        <translation>llama.cpp 无法加载 {path}</translation>
    </message>
    <message>
        <source>{path} is not a detector this app can decode (architecture &apos;{architecture}&apos;)</source>
        <translation>{path} 不是本应用能解码的检测器（架构 &apos;{architecture}&apos;）</translation>
    </message>
    <message>
        <source>expected an ONNX model built by &apos;edge-showcase models build&apos; ({known})</source>
        <translation>需要由 &apos;edge-showcase models build&apos; 构建的 ONNX 模型（{known}）</translation>
    </message>
    <message>
        <source>expected an onnxruntime-genai model folder</source>
        <translation>需要 onnxruntime-genai 模型文件夹</translation>
    </message>
    <message>
        <source>{folder} has no {file}</source>
        <translation>{folder} 中没有 {file}</translation>
    </message>
    <message>
        <source>not an onnxruntime-genai model folder</source>
        <translation>不是 onnxruntime-genai 模型文件夹</translation>
    </message>
    <message>
        <source>{folder} is missing its {part} ({file})</source>
        <translation>{folder} 缺少 {part}（{file}）</translation>
    </message>
    <message>
        <source>rebuild or re-download it</source>
        <translation>请重新构建或重新下载</translation>
    </message>
    <message>
        <source>{path} is not a valid ONNX model (corrupt or truncated)</source>
        <translation>{path} 不是有效的 ONNX 模型（已损坏或截断）</translation>
    </message>
    <message>
        <source>Model file not found: {path}</source>
        <translation>找不到模型文件：{path}</translation>
    </message>
    <message>
        <source>Model folder not found: {path}</source>
        <translation>找不到模型文件夹：{path}</translation>
    </message>
    <message>
        <source>run &apos;edge-showcase models build&apos; or pick another</source>
        <translation>请运行 &apos;edge-showcase models build&apos; 或选择其他模型</translation>
    </message>
    <message>
        <source>Model path is not a folder: {path}</source>
        <translation>模型路径不是文件夹：{path}</translation>
    </message>
    <message>
        <source>Model path is not a file: {path}</source>
        <translation>模型路径不是文件：{path}</translation>
    </message>
    <message>
        <source>Model file is empty: {path}</source>
        <translation>模型文件为空：{path}</translation>
    </message>
    <message>
        <source>expected an ONNX model</source>
        <translation>需要 ONNX 模型</translation>
    </message>
    <message>
        <source>{title} is not built yet ({path})</source>
        <translation>{title} 尚未构建（{path}）</translation>
    </message>
    <message>
        <source>run &apos;edge-showcase models build&apos; once</source>
        <translation>请运行一次 &apos;edge-showcase models build&apos;</translation>
    </message>
    <message>
        <source>{path} does not match the checksum recorded when it was built (damaged?)</source>
        <translation>{path} 与构建时记录的校验和不符（已损坏？）</translation>
    </message>
    <message>
        <source>run &apos;edge-showcase models build --force&apos;</source>
        <translation>请运行 &apos;edge-showcase models build --force&apos;</translation>
    </message>
    <message>
        <source>Vosk model folder not found: {folder}</source>
        <translation>找不到 vosk 模型文件夹：{folder}</translation>
    </message>
    <message>
        <source>expected a folder with am/, conf/, graph/</source>
        <translation>需要包含 am/、conf/、graph/ 的文件夹</translation>
    </message>
    <message>
        <source>{folder} is not a vosk model folder (missing {missing})</source>
        <translation>{folder} 不是 vosk 模型文件夹（缺少 {missing}）</translation>
    </message>
    <message>
        <source>download a model from the vosk models page</source>
        <translation>请从 vosk 模型页面下载模型</translation>
    </message>
    <message>
        <source>vosk could not load the model in {folder} (a file missing or damaged?)</source>
        <translation>vosk 无法加载 {folder} 中的模型（文件缺失或损坏？）</translation>
    </message>
    <message>
        <source>vosk cannot translate</source>
        <translation>vosk 无法翻译</translation>
    </message>
    <message>
        <source>use a Whisper engine to translate into English</source>
        <translation>请使用 Whisper 引擎翻译成英语</translation>
    </message>
    <message>
        <source>This vosk model hears {language} only, not {asked}</source>
        <translation>此 vosk 模型只能听懂 {language}，听不懂 {asked}</translation>
    </message>
    <message>
        <source>use a Whisper engine, or a vosk model of that language</source>
        <translation>请使用 Whisper 引擎，或该语言的 vosk 模型</translation>
    </message>
    <message>
        <source>Whisper model folder not found: {folder}</source>
        <translation>找不到 Whisper 模型文件夹：{folder}</translation>
    </message>
    <message>
        <source>run &apos;edge-showcase models build&apos; or pick a faster-whisper folder</source>
        <translation>请运行 &apos;edge-showcase models build&apos; 或选择 faster-whisper 文件夹</translation>
    </message>
    <message>
        <source>{folder} is not a faster-whisper model folder (missing {missing})</source>
        <translation>{folder} 不是 faster-whisper 模型文件夹（缺少 {missing}）</translation>
    </message>
    <message>
        <source>faster-whisper could not load {folder} (damaged?)</source>
        <translation>faster-whisper 无法加载 {folder}（已损坏？）</translation>
    </message>
    <message>
        <source>Cannot read {path} ({reason})</source>
        <translation>无法读取 {path}（{reason}）</translation>
    </message>
    <message>
        <source>Cannot save {path} ({reason})</source>
        <translation>无法保存 {path}（{reason}）</translation>
    </message>
    <message>
        <source>pick another folder, or free some space</source>
        <translation>请选择其他文件夹，或释放一些空间</translation>
    </message>
    <message>
        <source>This Whisper model is English only</source>
        <translation>此 Whisper 模型仅支持英语</translation>
    </message>
    <message>
        <source>pick a multilingual Whisper model</source>
        <translation>请选择多语言 Whisper 模型</translation>
    </message>
    <message>
        <source>{engine} cannot choose the language</source>
        <translation>{engine} 无法选择语言</translation>
    </message>
    <message>
        <source>use a Whisper engine</source>
        <translation>请使用 Whisper 引擎</translation>
    </message>
    <message>
        <source>{engine} places the model itself: it cannot run on a chosen device</source>
        <translation>{engine} 自行决定模型在哪里运行：无法在所选设备上运行</translation>
    </message>
    <message>
        <source>let the engine choose the device (Auto: no --provider or --device), or use an onnxruntime-genai model</source>
        <translation>让引擎自己选择设备（自动：不加 --provider 或 --device），或使用 onnxruntime-genai 模型</translation>
    </message>
    <message>
        <source>{provider} is not available on this machine</source>
        <translation>{provider} 在本机上不可用</translation>
    </message>
    <message>
        <source>No {device} this app can use on this machine</source>
        <translation>本机上没有此应用可用的 {device}</translation>
    </message>
    <message>
        <source>pick Auto or one that is here: {choices}</source>
        <translation>请选择自动或本机已有的：{choices}</translation>
    </message>
    <message>
        <source>the only chat model here</source>
        <translation>本机唯一的聊天模型</translation>
    </message>
    <message>
        <source>the best model this machine streams fluently: {rate} (fluent from {fluent})</source>
        <translation>本机能流畅输出的最佳模型：{rate}（{fluent}起即流畅）</translation>
    </message>
    <message>
        <source>no model reaches {fluent} here; the fastest: {rate}</source>
        <translation>本机没有模型达到{fluent}；最快的：{rate}</translation>
    </message>
</context>
<context>
    <name>SpeechChoices</name>
    <message>
        <source>Microphone, demo recording or an audio file</source>
        <translation>麦克风、演示录音或音频文件</translation>
    </message>
    <message>
        <source>Auto: vosk with an English model, else the Whisper engine that reaches the NPU / GPU, else the faster one here; Whisper in onnxruntime-genai (NPU / GPU / CPU) or faster-whisper; vosk; or a model folder</source>
        <translation>自动：有英语模型时用 vosk，否则用能使用 NPU / GPU 的 Whisper 引擎，再否则用本机上更快的引擎；也可选择 onnxruntime-genai（NPU / GPU / CPU）或 faster-whisper 中的 Whisper、vosk 或模型文件夹</translation>
    </message>
    <message>
        <source>No English vosk model is installed (the installers bundle one)</source>
        <translation>未安装英语 vosk 模型（安装程序会附带一个）</translation>
    </message>
    <message>
        <source>Open model folder...</source>
        <translation>打开模型文件夹...</translation>
    </message>
    <message>
        <source>The language spoken: Auto detects it in each sentence; a fixed one skips detection (Whisper; vosk hears its model&apos;s own language)</source>
        <translation>所说的语言：“自动”会逐句检测；指定语言则跳过检测（仅 Whisper；vosk 只识别其模型自身的语言）</translation>
    </message>
    <message>
        <source>Auto (detect)</source>
        <translation>自动（检测）</translation>
    </message>
    <message>
        <source>Translate to English</source>
        <translation>翻译成英语</translation>
    </message>
    <message>
        <source>Whisper&apos;s translation: the captions in English whatever the language spoken</source>
        <translation>Whisper 翻译：无论说的是什么语言，字幕都显示为英语</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>输入源</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Demo recording (LibriVox)</source>
        <translation>演示录音（LibriVox）</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Microphone: the system&apos;s default</source>
        <translation>麦克风：系统默认</translation>
    </message>
    <message>
        <source>Microphone: {name}</source>
        <translation>麦克风：{name}</translation>
    </message>
    <message>
        <source>Open audio file...</source>
        <translation>打开音频文件...</translation>
    </message>
    <message>
        <source>Speech: the microphone picked last time is not connected; the demo recording is picked</source>
        <translation>语音：上次选择的麦克风未连接；已改选演示录音</translation>
    </message>
    <message>
        <source>Speech: {reason}; the demo recording works without one</source>
        <translation>语音：{reason}；演示录音无需麦克风也可使用</translation>
    </message>
    <message>
        <source>Open an audio file</source>
        <translation>打开音频文件</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.m4a *.opus);;All files (*)</source>
        <translation>音频 (*.wav *.flac *.mp3 *.ogg *.m4a *.opus);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open a vosk, faster-whisper or onnxruntime-genai Whisper model folder</source>
        <translation>打开 vosk、faster-whisper 或 onnxruntime-genai Whisper 模型文件夹</translation>
    </message>
</context>
<context>
    <name>SpeechComparisonWindow</name>
    <message>
        <source>faster-whisper vs onnxruntime-genai</source>
        <translation>faster-whisper 对比 onnxruntime-genai</translation>
    </message>
    <message>
        <source>Compare transcripts: {what}</source>
        <translation>比较转写：{what}</translation>
    </message>
    <message>
        <source>Hear again</source>
        <translation>再听一遍</translation>
    </message>
    <message>
        <source>Both sides hear the demo recording again</source>
        <translation>两侧再听一遍演示录音</translation>
    </message>
    <message>
        <source>RTF {rtf} · word error rate {wer}</source>
        <translation>RTF {rtf} · 词错误率 {wer}</translation>
    </message>
    <message>
        <source>RTF {rtf}</source>
        <translation>RTF {rtf}</translation>
    </message>
    <message>
        <source>{fast} heard it {ratio}x as fast as {slow} (RTF {fast_rtf} vs {slow_rtf})</source>
        <translation>{fast} 的听写速度是 {slow} 的 {ratio} 倍（RTF {fast_rtf} 对 {slow_rtf}）</translation>
    </message>
    <message>
        <source>Hearing the demo recording, one side after the other...</source>
        <translation>正在依次听取演示录音...</translation>
    </message>
</context>
<context>
    <name>SpeechPanel</name>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>{p50}/{p95} ms (p50/p95)</source>
        <translation>{p50}/{p95} ms (p50/p95)</translation>
    </message>
    <message>
        <source>partial {latency}</source>
        <translation>临时结果 {latency}</translation>
    </message>
    <message>
        <source>final {latency} after speech</source>
        <translation>说完后出最终结果 {latency}</translation>
    </message>
    <message>
        <source>{seconds} s heard</source>
        <translation>已听 {seconds} 秒</translation>
    </message>
    <message>
        <source>slower than real time</source>
        <translation>慢于实时</translation>
    </message>
    <message>
        <source>{language} → English</source>
        <translation>{language} → 英语</translation>
    </message>
    <message>
        <source>language chosen</source>
        <translation>已指定语言</translation>
    </message>
    <message>
        <source>detected {probability}</source>
        <translation>识别置信度 {probability}</translation>
    </message>
    <message>
        <source>to final text</source>
        <translation>最终文字用时</translation>
    </message>
    <message>
        <source>faster than real time</source>
        <translation>快于实时</translation>
    </message>
    <message>
        <source>Hears</source>
        <translation>听得见</translation>
    </message>
    <message>
        <source>speech to text, as it is said</source>
        <translation>边说边转成文字</translation>
    </message>
    <message>
        <source>The transcript is being saved again</source>
        <translation>转录文本已恢复保存</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Start or stop listening (Space)</source>
        <translation>开始或停止聆听（Space）</translation>
    </message>
    <message>
        <source>Push to talk: off</source>
        <translation>按键说话：关</translation>
    </message>
    <message>
        <source>When on, the microphone is heard only while F8 is held (files and the demo play whole)</source>
        <translation>开启后，仅在按住 F8 时收听麦克风（文件和演示完整播放）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the transcript</source>
        <translation>复制转录文本</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear the transcript</source>
        <translation>清除转录文本</translation>
    </message>
    <message>
        <source>Save...</source>
        <translation>保存...</translation>
    </message>
    <message>
        <source>Save as .txt or .srt subtitles (Ctrl+Shift+S)</source>
        <translation>另存为 .txt 或 .srt 字幕（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>字幕</translation>
    </message>
    <message>
        <source>Large live captions in their own window (F9)</source>
        <translation>在独立窗口中显示大号实时字幕（F9）</translation>
    </message>
    <message>
        <source>Play demo recording</source>
        <translation>播放演示录音</translation>
    </message>
    <message>
        <source>Transcribe the bundled recording through the same pipeline</source>
        <translation>通过同一流程转录内置录音</translation>
    </message>
    <message>
        <source>not listening</source>
        <translation>未在聆听</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>音量</translation>
    </message>
    <message>
        <source> (Auto measures the engines once on a new machine)</source>
        <translation>（“自动”会在新计算机上对各引擎测量一次）</translation>
    </message>
    <message>
        <source>loading the speech model...</source>
        <translation>正在加载语音模型...</translation>
    </message>
    <message>
        <source>loaded in {ms} ms</source>
        <translation>加载用时 {ms} ms</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>已就绪</translation>
    </message>
    <message>
        <source>{engine} {loaded}, listening...</source>
        <translation>{engine} {loaded}，正在聆听...</translation>
    </message>
    <message>
        <source>Speech: {engine}, {why}</source>
        <translation>语音：{engine}，{why}</translation>
    </message>
    <message>
        <source>Push to talk: on (hold F8)</source>
        <translation>按键说话：开（按住 F8）</translation>
    </message>
    <message>
        <source>Transcript copied</source>
        <translation>已复制转录文本</translation>
    </message>
    <message>
        <source>Delete all {count} sentences from this computer?</source>
        <translation>从这台电脑上删除全部 {count} 个句子？</translation>
    </message>
    <message>
        <source>Save the transcript</source>
        <translation>保存转录文本</translation>
    </message>
    <message>
        <source>Text (*.txt);;Subtitles (*.srt)</source>
        <translation>文本 (*.txt);;字幕 (*.srt)</translation>
    </message>
    <message>
        <source>Transcript saved to {path}</source>
        <translation>转写已保存到 {path}</translation>
    </message>
    <message>
        <source>Saving the transcript to {path}</source>
        <translation>正在将转录文本保存到 {path}</translation>
    </message>
    <message>
        <source>{message} — the words so far are kept.</source>
        <translation>{message}——已转录的文字会保留。</translation>
    </message>
</context>
<context>
    <name>TextComparisonWindow</name>
    <message>
        <source>CPU vs accelerator</source>
        <translation>CPU 对比加速器</translation>
    </message>
    <message>
        <source>loading...</source>
        <translation>正在加载...</translation>
    </message>
    <message>
        <source>Loading both sides...</source>
        <translation>正在加载两侧...</translation>
    </message>
    <message>
        <source>Only the CPU here: nothing to compare it with on this machine</source>
        <translation>这里只有 CPU：这台机器上没有可比较的对象</translation>
    </message>
    <message>
        <source>No second device</source>
        <translation>没有第二个设备</translation>
    </message>
</context>
<context>
    <name>UnavailableNotice</name>
    <message>
        <source>&lt;b&gt;{pipeline} is unavailable on this machine&lt;/b&gt;&lt;br&gt;{reason}.&lt;br&gt;The other pipelines run as usual.</source>
        <translation>&lt;b&gt;{pipeline} 在此计算机上不可用&lt;/b&gt;&lt;br&gt;{reason}。&lt;br&gt;其他功能照常运行。</translation>
    </message>
</context>
<context>
    <name>VisionControls</name>
    <message>
        <source>Where frames come from (Ctrl+O opens a file)</source>
        <translation>画面来源（Ctrl+O 打开文件）</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>严格</translation>
    </message>
    <message>
        <source>Accelerator only: a provider that cannot run every node itself is skipped instead of handing nodes to the CPU (for demos that must not fall back silently)</source>
        <translation>仅限加速器：无法自行运行全部节点的提供程序将被跳过，而不是把节点交给 CPU（适用于不允许悄悄回退的演示）</translation>
    </message>
    <message>
        <source>The built-in detector&apos;s precision: Auto gives NPUs INT8, GPUs FP32, the CPU INT8 where it measured faster and in agreement with FP32</source>
        <translation>内置检测器的精度：“自动”为 NPU 使用 INT8，为 GPU 使用 FP32，为 CPU 在实测更快且结果与 FP32 一致时使用 INT8</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Score threshold ([ and ] adjust)</source>
        <translation>置信度阈值（用 [ 和 ] 调整）</translation>
    </message>
    <message>
        <source>NMS IoU: boxes of one class overlapping more than this are merged</source>
        <translation>NMS IoU：同一类别中重叠超过此值的框将被合并</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>NMS IoU</source>
        <translation>NMS IoU</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>输入源</translation>
    </message>
    <message>
        <source>Demo video (people walking)</source>
        <translation>演示视频（行人）</translation>
    </message>
    <message>
        <source>Camera {index}</source>
        <translation>摄像头 {index}</translation>
    </message>
    <message>
        <source>Open file...</source>
        <translation>打开文件...</translation>
    </message>
    <message>
        <source>Cameras found: {cameras}</source>
        <translation>找到的摄像头：{cameras}</translation>
    </message>
    <message>
        <source>Open a video or image</source>
        <translation>打开视频或图像</translation>
    </message>
    <message>
        <source>Videos and images (*.mp4 *.avi *.mkv *.mov *.webm *.png *.jpg *.jpeg *.bmp);;All files (*)</source>
        <translation>视频和图像 (*.mp4 *.avi *.mkv *.mov *.webm *.png *.jpg *.jpeg *.bmp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Threshold {value}</source>
        <translation>阈值 {value}</translation>
    </message>
</context>
<context>
    <name>VisionHud</name>
    <message>
        <source>capture wait</source>
        <translation>等待画面</translation>
    </message>
    <message>
        <source>preprocess</source>
        <translation>预处理</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>decode+NMS</source>
        <translation>解码+NMS</translation>
    </message>
    <message>
        <source>paint</source>
        <translation>绘制</translation>
    </message>
    <message>
        <source>capture-&gt;result</source>
        <translation>采集-&gt;结果</translation>
    </message>
    <message>
        <source>processing {last} ms (p50 {p50}, p95 {p95}) · {possible} FPS possible · {shown} FPS shown</source>
        <translation>处理 {last} ms（p50 {p50}，p95 {p95}）· 可达 {possible} FPS · 显示 {shown} FPS</translation>
    </message>
    <message>
        <source> (the source’s pace)</source>
        <translation>（受限于输入源速率）</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>last</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>dropped frames {count} (latest frame wins)</source>
        <translation>丢弃帧 {count}（始终处理最新帧）</translation>
    </message>
    <message>
        <source>{device} · warm-up {ms} ms</source>
        <translation>{device} · 预热 {ms} ms</translation>
    </message>
    <message>
        <source>loading model...</source>
        <translation>正在加载模型...</translation>
    </message>
    <message>
        <source>per frame</source>
        <translation>每帧</translation>
    </message>
    <message>
        <source>frames/s possible</source>
        <translation>可达帧/秒</translation>
    </message>
</context>
<context>
    <name>VisionPanel</name>
    <message>
        <source>Sees</source>
        <translation>看得见</translation>
    </message>
    <message>
        <source>objects in live video</source>
        <translation>实时视频中的物体</translation>
    </message>
    <message>
        <source>Snapshots are being saved again</source>
        <translation>快照已恢复保存</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Start or stop detection (Space)</source>
        <translation>开始或停止检测（Space）</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Save the annotated frame as PNG (Ctrl+S)</source>
        <translation>将带标注的画面保存为 PNG（Ctrl+S）</translation>
    </message>
    <message>
        <source>Open an ONNX detector</source>
        <translation>打开 ONNX 检测器</translation>
    </message>
    <message>
        <source>ONNX detectors (*.onnx);;All files (*)</source>
        <translation>ONNX 检测器 (*.onnx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Loading the model and warming up the provider...</source>
        <translation>正在加载模型并预热提供程序...</translation>
    </message>
    <message>
        <source>{model} on {device}</source>
        <translation>{device} 上的 {model}</translation>
    </message>
    <message>
        <source>Waiting for the first frame...</source>
        <translation>正在等待第一帧...</translation>
    </message>
    <message>
        <source> (the previous model is kept)</source>
        <translation>（继续使用之前的模型）</translation>
    </message>
    <message>
        <source>No frame to save yet</source>
        <translation>尚无可保存的画面</translation>
    </message>
    <message>
        <source>Snapshot saved: {path}</source>
        <translation>快照已保存：{path}</translation>
    </message>
</context>
<context>
    <name>Watchdog</name>
    <message>
        <source>Switched to the CPU provider and the demo video.</source>
        <translation>已切换到 CPU 提供程序和演示视频。</translation>
    </message>
    <message>
        <source>{fault}. It keeps failing, so it is not restarted again. {done}</source>
        <translation>{fault}。由于反复失败，将不再重新启动。{done}</translation>
    </message>
    <message>
        <source>{fault}; restarting in {seconds} s</source>
        <translation>{fault}；{seconds} 秒后重新启动</translation>
    </message>
    <message>
        <source>Pick a smaller model, another engine, or Auto in the Device list to try again.</source>
        <translation>请选择更小的模型、其他引擎，或在设备列表中选择“自动”，然后重试。</translation>
    </message>
    <message>
        <source>Switched to the demo recording, on the device Auto picks.</source>
        <translation>已切换到演示录音，设备由“自动”选择。</translation>
    </message>
</context>
</TS>
