/// The few attributes the layout builder needs.
struct HTMLAttributes {
    var className = ""
    var id = ""
    var style = ""
    var colspan = 1
    var rowspan = 1
    var href = ""
    var hidden = false
}
