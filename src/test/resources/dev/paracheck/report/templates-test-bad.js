console.log("a");
</SCRIPT>
