set pagination off
set confirm off
target remote :
info registers eip
p $_siginfo
break *0xF87F1
continue
info registers eip
monitor info icount
continue
monitor info icount
x/wx 0x3000
p $icount
p $cr0
delete
stepi
info registers eip
stepi
info registers eip
stepi
stepi
stepi
info registers eip
watch *(int*)0x3000
continue
info registers eip
x/wx 0x3000
delete
break *0xF8817
continue
monitor info icount
monitor info registers
detach
